// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QBuffer>
#include <QHash>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>
#include <QUrl>

namespace Relais::Test {

// What a scripted server answers to one request.
struct FakeAnswer
{
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    // A failure without HTTP answer (status ignored), or after the status (a cut-off answer).
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int delayMs = 0; // before the answer comes
    bool silent = false; // never answers

    static FakeAnswer json(const QByteArray &body, int status = 200)
    {
        FakeAnswer a;
        a.status = status;
        a.body = body;
        a.header("Content-Type", "application/json; charset=UTF-8");
        return a;
    }
    FakeAnswer &header(const QByteArray &name, const QByteArray &value)
    {
        headers.append(qMakePair(name, value));
        return *this;
    }
    static FakeAnswer failure(QNetworkReply::NetworkError error)
    {
        FakeAnswer a;
        a.status = 0;
        a.error = error;
        return a;
    }
    static FakeAnswer never()
    {
        FakeAnswer a;
        a.silent = true;
        return a;
    }
};

// A reply that plays one FakeAnswer; abort() ends it as Qt's do (OperationCanceledError).
class FakeReply : public QNetworkReply
{
public:
    FakeReply(QNetworkAccessManager::Operation operation, const QNetworkRequest &request,
        const FakeAnswer &answer, QObject *parent)
        : QNetworkReply(parent)
        , m_answer(answer)
    {
        setOperation(operation);
        setRequest(request);
        setUrl(request.url());
        open(QIODevice::ReadOnly);
        if (!answer.silent)
            QTimer::singleShot(answer.delayMs, this, [this] { play(); });
    }

    void abort() override
    {
        if (isFinished())
            return;
        setError(OperationCanceledError, QStringLiteral("Operation canceled"));
        finish();
    }
    qint64 bytesAvailable() const override
    {
        return m_body.size() - m_read + QNetworkReply::bytesAvailable();
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 max) override
    {
        const qint64 n = std::min<qint64>(max, m_body.size() - m_read);
        if (n <= 0)
            return isFinished() ? -1 : 0;
        memcpy(data, m_body.constData() + m_read, size_t(n));
        m_read += n;
        return n;
    }

private:
    void play()
    {
        if (isFinished())
            return;
        if (m_answer.status != 0) {
            setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_answer.status);
            setAttribute(QNetworkRequest::HttpReasonPhraseAttribute, QByteArray("Reason"));
            for (const auto &h : std::as_const(m_answer.headers))
                setRawHeader(h.first, h.second);
            m_body = m_answer.body;
            emit metaDataChanged();
            if (!m_body.isEmpty())
                emit downloadProgress(m_body.size(), m_body.size());
            if (!m_body.isEmpty())
                emit readyRead();
        }
        if (m_answer.error != NoError)
            setError(m_answer.error, QStringLiteral("Scripted failure %1").arg(m_answer.error));
        else if (m_answer.status >= 400)
            setError(ProtocolInvalidOperationError, QStringLiteral("HTTP %1").arg(m_answer.status));
        finish();
    }
    void finish()
    {
        setFinished(true);
        if (error() != NoError)
            emit errorOccurred(error());
        emit finished();
    }

    FakeAnswer m_answer;
    QByteArray m_body;
    qint64 m_read = 0;
};

// A QNetworkAccessManager that sends nothing: each request gets the next answer scripted for
// its path (the last one repeats), else a 404. It records what was asked, and how many
// requests were in flight at most.
class FakeTransport : public QNetworkAccessManager
{
public:
    struct Seen
    {
        QByteArray verb;
        QUrl url;
        QNetworkRequest request;
        QByteArray body;
    };

    // path: the URL's path, with "?query" for that query only.
    void script(const QString &path, const QList<FakeAnswer> &answers)
    {
        m_scripts.insert(path, answers);
    }
    void script(const QString &path, const FakeAnswer &answer) { script(path, QList { answer }); }

    QList<Seen> seen;
    int inFlight = 0;
    int maxInFlight = 0;

    qsizetype count(const QString &path) const
    {
        qsizetype n = 0;
        for (const Seen &s : seen)
            n += keyOf(s.url) == path;
        return n;
    }

protected:
    QNetworkReply *createRequest(
        Operation op, const QNetworkRequest &request, QIODevice *data) override
    {
        Seen s;
        s.url = request.url();
        s.request = request;
        s.verb = verbOf(op, request);
        if (data)
            s.body = data->readAll();
        seen.append(s);
        const QString key = keyOf(request.url());
        FakeAnswer answer;
        answer.status = 404;
        auto script = m_scripts.find(key);
        if (script == m_scripts.end())
            script = m_scripts.find(request.url().path()); // scripted for any query
        if (script != m_scripts.end() && !script->isEmpty())
            answer = script->size() > 1 ? script->takeFirst() : script->first();
        auto *reply = new FakeReply(op, request, answer, this);
        ++inFlight;
        maxInFlight = std::max(maxInFlight, inFlight);
        connect(reply, &QNetworkReply::finished, this, [this] { --inFlight; });
        return reply;
    }

private:
    static QString keyOf(const QUrl &url)
    {
        return url.hasQuery() ? url.path() + QLatin1Char('?') + url.query() : url.path();
    }
    static QByteArray verbOf(Operation op, const QNetworkRequest &request)
    {
        switch (op) {
        case HeadOperation:
            return "HEAD";
        case GetOperation:
            return "GET";
        case PutOperation:
            return "PUT";
        case PostOperation:
            return "POST";
        case DeleteOperation:
            return "DELETE";
        default:
            return request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
        }
    }

    QHash<QString, QList<FakeAnswer>> m_scripts;
};

} // namespace Relais::Test
