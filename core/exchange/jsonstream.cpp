// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/jsonstream.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonObject>

#include <rapidjson/reader.h>

#include <array>
#include <limits>
#include <vector>

namespace Relais {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Relais::JsonListStream", text);
}

// RapidJSON's input stream concept over a QIODevice, read 64 KB at a time. It counts lines
// as it goes, for the messages, and skips a UTF-8 byte order mark at the start.
class DeviceStream
{
public:
    using Ch = char;

    DeviceStream(QIODevice &device, const std::function<void(qint64)> &progress)
        : m_device(device)
        , m_progress(progress)
    {
        fill();
        if (m_end - m_current >= 3 && qstrncmp(m_current, "\xEF\xBB\xBF", 3) == 0) {
            m_current += 3;
            m_lineStart = 3;
        }
    }

    Ch Peek() const { return *m_current; }
    Ch Take()
    {
        const Ch c = *m_current;
        if (c == '\n') {
            ++m_line;
            m_lineStart = Tell() + 1;
        }
        if (++m_current >= m_end)
            fill();
        return c;
    }
    size_t Tell() const { return size_t(m_consumed + (m_current - m_buffer.data())); }

    // Writing is not part of a reader's stream; RapidJSON needs the names only.
    Ch *PutBegin() { return nullptr; }
    void Put(Ch) { }
    void Flush() { }
    size_t PutEnd(Ch *) { return 0; }

    int line() const { return m_line; }
    qint64 column(size_t offset) const { return qint64(offset) - m_lineStart + 1; }
    bool readFailed() const { return m_failed; }
    // A NUL byte before the end: RapidJSON reads it as the end of the input.
    bool stoppedEarly() const { return !m_eof || m_current != m_end; }

private:
    void fill()
    {
        m_consumed += m_end - m_buffer.data();
        if (m_eof) {
            m_current = m_end = m_buffer.data();
            *m_current = '\0';
            return;
        }
        const qint64 n = m_device.read(m_buffer.data(), qint64(m_buffer.size() - 1));
        if (n < 0)
            m_failed = true;
        const qint64 got = std::max<qint64>(n, 0);
        m_eof = got == 0;
        m_current = m_buffer.data();
        m_end = m_current + got;
        *m_end = '\0';
        // Every 256 KB, and once at the end.
        if (m_progress && (m_eof || (m_consumed >> 18) != ((m_consumed + got) >> 18)))
            m_progress(m_consumed + got);
    }

    QIODevice &m_device;
    const std::function<void(qint64)> &m_progress;
    std::array<char, 65537> m_buffer {};
    char *m_current = m_buffer.data();
    char *m_end = m_buffer.data();
    qint64 m_consumed = 0;
    bool m_eof = false;
    bool m_failed = false;
    int m_line = 1;
    qint64 m_lineStart = 0;
};

// The SAX handler: depth 0 is before the root, 1 inside the root object, 2 inside one of its
// lists; an element of a wanted list is built in m_stack from depth 2 down.
class ListHandler : public rapidjson::BaseReaderHandler<rapidjson::UTF8<>, ListHandler>
{
    // Its messages belong to the stream's translation context.
    Q_DECLARE_TR_FUNCTIONS(Relais::JsonListStream)

public:
    explicit ListHandler(const JsonListStream::Handler &handler)
        : m_handler(handler)
    { }

    bool Null() { return value(QJsonValue(QJsonValue::Null)); }
    bool Bool(bool b) { return value(QJsonValue(b)); }
    bool Int(int i) { return value(QJsonValue(i)); }
    bool Uint(unsigned u) { return value(QJsonValue(qint64(u))); }
    bool Int64(int64_t i) { return value(QJsonValue(qint64(i))); }
    bool Uint64(uint64_t u)
    {
        return value(u <= uint64_t(std::numeric_limits<qint64>::max()) ? QJsonValue(qint64(u))
                                                                       : QJsonValue(double(u)));
    }
    bool Double(double d) { return value(QJsonValue(d)); }
    bool String(const char *text, rapidjson::SizeType length, bool)
    {
        if (!building())
            return value({});
        return value(QJsonValue(QString::fromUtf8(text, qsizetype(length))));
    }
    bool Key(const char *text, rapidjson::SizeType length, bool)
    {
        if (m_depth == 1) {
            m_rootKey = QString::fromUtf8(text, qsizetype(length));
            return true;
        }
        if (building() && m_skipDepth == 0) {
            m_stack.back().key = QString::fromUtf8(text, qsizetype(length));
            m_drop = m_stack.size() == 1 && m_handler.keeps
                && !m_handler.keeps(m_list, m_stack.back().key);
        }
        return true;
    }
    bool StartObject() { return start(true); }
    bool EndObject(rapidjson::SizeType) { return end(); }
    bool StartArray() { return start(false); }
    bool EndArray(rapidjson::SizeType) { return end(); }

    QString error;
    bool rootError = false; // the root is not an object
    bool stopped = false;

    static QString syntaxError(rapidjson::ParseErrorCode code)
    {
        switch (code) {
        case rapidjson::kParseErrorDocumentEmpty:
            return tr("the file is empty");
        case rapidjson::kParseErrorDocumentRootNotSingular:
            return tr("something follows the end of the document");
        case rapidjson::kParseErrorValueInvalid:
            return tr("a value is not valid");
        case rapidjson::kParseErrorObjectMissName:
            return tr("a name is missing in an object");
        case rapidjson::kParseErrorObjectMissColon:
            return tr("a colon is missing after a name");
        case rapidjson::kParseErrorObjectMissCommaOrCurlyBracket:
            return tr("a comma or “}” is missing after a value in an object");
        case rapidjson::kParseErrorArrayMissCommaOrSquareBracket:
            return tr("a comma or “]” is missing after a value in a list");
        case rapidjson::kParseErrorStringUnicodeEscapeInvalidHex:
        case rapidjson::kParseErrorStringUnicodeSurrogateInvalid:
            return tr("a \\u escape is not valid");
        case rapidjson::kParseErrorStringEscapeInvalid:
            return tr("a backslash escape is not valid");
        case rapidjson::kParseErrorStringMissQuotationMark:
            return tr("a text has no closing quotation mark");
        case rapidjson::kParseErrorStringInvalidEncoding:
            return tr("a text is not valid UTF-8");
        case rapidjson::kParseErrorNumberTooBig:
            return tr("a number is too big");
        case rapidjson::kParseErrorNumberMissFraction:
        case rapidjson::kParseErrorNumberMissExponent:
            return tr("a number is not complete");
        default:
            return tr("the syntax is not valid");
        }
    }

private:
    struct Frame
    {
        bool isObject = true;
        QJsonObject object;
        QJsonArray array;
        QString key;
    };

    bool building() const { return m_depth >= 2 && m_want; }

    bool start(bool isObject)
    {
        if (m_depth == 0 && !isObject) {
            error = tr("it must hold one object, not a list.");
            rootError = true;
            return false;
        }
        if (m_depth == 1) {
            // The value of a key of the root: a list, or anything else.
            if (isObject) {
                if (m_handler.notAList)
                    m_handler.notAList(m_rootKey);
                m_skipDepth = m_depth + 1;
                m_want = false;
            } else {
                m_list = m_rootKey;
                m_index = 0;
                m_want = !m_handler.wants || m_handler.wants(m_list);
            }
        }
        if (m_drop && m_skipDepth == 0) {
            // A member not kept: skipped to its end.
            m_drop = false;
            m_skipDepth = m_depth + 1;
        }
        ++m_depth;
        if (m_depth - 2 > JsonListStream::MaxDepth) {
            error = tr("it nests lists and objects deeper than %1 levels.")
                        .arg(JsonListStream::MaxDepth);
            return false;
        }
        if (m_depth >= 3 && building() && m_skipDepth == 0)
            m_stack.push_back(Frame { isObject, {}, {}, {} });
        return true;
    }

    bool end()
    {
        --m_depth;
        if (m_skipDepth != 0 && m_depth < m_skipDepth) {
            m_skipDepth = 0;
            return true;
        }
        if (m_depth >= 2 && building() && m_skipDepth == 0) {
            Frame done = std::move(m_stack.back());
            m_stack.pop_back();
            return value(done.isObject ? QJsonValue(done.object) : QJsonValue(done.array));
        }
        return true;
    }

    // A finished value at the current depth.
    bool value(const QJsonValue &v)
    {
        if (m_depth == 0) {
            error = tr("it must hold one object.");
            rootError = true;
            return false;
        }
        if (m_depth == 1) {
            if (!v.isNull() && m_handler.notAList)
                m_handler.notAList(m_rootKey);
            return true;
        }
        if (m_skipDepth != 0 || !m_want) {
            if (m_depth == 2)
                ++m_index;
            return true;
        }
        if (m_drop) {
            m_drop = false;
            return true;
        }
        if (m_stack.empty()) {
            const int index = m_index++;
            if (m_handler.element && !m_handler.element(m_list, index, v)) {
                stopped = true;
                return false;
            }
            return true;
        }
        Frame &top = m_stack.back();
        if (top.isObject)
            top.object.insert(top.key, v);
        else
            top.array.append(v);
        return true;
    }

    const JsonListStream::Handler &m_handler;
    std::vector<Frame> m_stack;
    QString m_rootKey;
    QString m_list;
    int m_depth = 0;
    int m_skipDepth = 0;
    int m_index = 0;
    bool m_want = false;
    bool m_drop = false; // the value of the member just named is not kept
};

} // namespace

Result<JsonListStream::Outcome> JsonListStream::read(
    QIODevice &device, const QString &fileName, const Handler &handler)
{
    DeviceStream stream(device, handler.progress);
    ListHandler sax(handler);
    rapidjson::Reader reader;
    constexpr unsigned flags
        = rapidjson::kParseIterativeFlag | rapidjson::kParseValidateEncodingFlag;
    const rapidjson::ParseResult result = reader.Parse<flags>(stream, sax);
    if (stream.readFailed()) {
        return Error::failed(
            tr("Cannot read %1: %2").arg(fileName, device.errorString()), device.errorString());
    }
    if (result && stream.stoppedEarly()) {
        return Error { Error::Code::Invalid,
            tr("%1 is not valid JSON: a NUL byte at line %2, column %3.")
                .arg(fileName)
                .arg(stream.line())
                .arg(stream.column(stream.Tell())),
            {} };
    }
    if (result)
        return Outcome::Finished;
    if (sax.stopped)
        return Outcome::Stopped;
    if (!sax.error.isEmpty()) {
        return Error { Error::Code::Invalid,
            tr("%1 is not a file Relais can import: %2").arg(fileName, sax.error),
            sax.rootError ? QStringLiteral("root") : QString() };
    }
    return Error { Error::Code::Invalid,
        tr("%1 is not valid JSON: %2 at line %3, column %4.")
            .arg(fileName, ListHandler::syntaxError(result.Code()))
            .arg(stream.line())
            .arg(stream.column(result.Offset())),
        {} };
}

} // namespace Relais
