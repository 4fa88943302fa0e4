// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "moderation/submissionparser.h"

#include "content/validation.h"
#include "content/vocabulary.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

namespace Relais {

namespace {

// Every message of this file has the context Relais::SubmissionParser, written out at each
// call: lupdate gives a bare tr() the context of the class around it (Reader, SubmissionProblem…).
QString translate(const char *text)
{
    return QCoreApplication::translate("Relais::SubmissionParser", text);
}

// Shown in a message: cleaned, and short.
QString quoted(const QString &value)
{
    QString text = SubmissionParser::cleanLine(value);
    if (text.size() > 60)
        text = text.left(57) + QStringLiteral("…");
    return QStringLiteral("“%1”").arg(text);
}

// A message kept with a submission: its source text and arguments, so that it reads in the
// language of whoever reads it, not of whoever imported it. An argument starting with \x01 is
// itself a text to translate (a type name).
struct Msg
{
    const char *text;
    QStringList args;
    bool leftOut = false; // followed by "Left out."
};

QString translated(const QString &arg)
{
    return arg.startsWith(QChar(1)) ? translate(arg.mid(1).toUtf8().constData()) : arg;
}

QString render(const char *text, const QStringList &args, bool leftOut)
{
    QString message = translate(text);
    if (args.size() == 1)
        message = message.arg(translated(args.at(0)));
    else if (args.size() >= 2)
        message = message.arg(translated(args.at(0)), translated(args.at(1)));
    return leftOut ? message + QLatin1Char(' ')
            + QCoreApplication::translate("Relais::SubmissionParser", "Left out.")
                   : message;
}

QString render(const Msg &m)
{
    return render(m.text, m.args, m.leftOut);
}

QString typeName(const QJsonValue &value)
{
    const char *name = nullptr;
    switch (value.type()) {
    case QJsonValue::Bool:
        name = QT_TRANSLATE_NOOP("Relais::SubmissionParser", "true or false");
        break;
    case QJsonValue::Double:
        name = QT_TRANSLATE_NOOP("Relais::SubmissionParser", "a number");
        break;
    case QJsonValue::String:
        name = QT_TRANSLATE_NOOP("Relais::SubmissionParser", "text");
        break;
    case QJsonValue::Array:
        name = QT_TRANSLATE_NOOP("Relais::SubmissionParser", "a list");
        break;
    case QJsonValue::Object:
        name = QT_TRANSLATE_NOOP("Relais::SubmissionParser", "an object");
        break;
    default:
        name = QT_TRANSLATE_NOOP("Relais::SubmissionParser", "nothing");
        break;
    }
    return QChar(1) + QString::fromLatin1(name);
}

// Offset of the first byte that is not valid UTF-8 (overlong forms, surrogates and code points
// above U+10FFFF included), or -1.
qsizetype invalidUtf8(const char *data, qsizetype size)
{
    const auto *s = reinterpret_cast<const unsigned char *>(data);
    for (qsizetype i = 0; i < size;) {
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        char32_t cp = 0;
        char32_t minimum = 0;
        if ((c & 0xE0) == 0xC0) {
            extra = 1, cp = c & 0x1F, minimum = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2, cp = c & 0x0F, minimum = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3, cp = c & 0x07, minimum = 0x10000;
        } else {
            return i;
        }
        if (i + extra >= size)
            return i;
        for (int k = 1; k <= extra; ++k) {
            if ((s[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        if (cp < minimum || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += extra + 1;
    }
    return -1;
}

// Where one value of the file starts and ends, found without parsing it, so that each
// submission is parsed alone.
struct Slice
{
    qsizetype begin = 0;
    qsizetype end = 0;
    int depth = 0;
    bool complete = true;
};

Slice scanValue(const QByteArray &bytes, qsizetype pos)
{
    Slice slice { pos, pos, 0, false };
    int depth = 0;
    bool inString = false;
    bool escape = false;
    for (qsizetype i = pos; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        if (inString) {
            if (escape)
                escape = false;
            else if (c == '\\')
                escape = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            slice.depth = std::max(slice.depth, ++depth);
        } else if (c == '}' || c == ']') {
            if (depth == 0) {
                slice.end = i;
                slice.complete = true;
                return slice;
            }
            --depth;
        } else if (c == ',' && depth == 0) {
            slice.end = i;
            slice.complete = true;
            return slice;
        }
    }
    slice.end = bytes.size();
    slice.complete = depth == 0 && !inString;
    return slice;
}

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

const QSet<QString> &knownFields()
{
    static const QSet<QString> fields { QStringLiteral("id"), QStringLiteral("received_at"),
        QStringLiteral("kind"), QStringLiteral("title"), QStringLiteral("body"),
        QStringLiteral("starts_at"), QStringLiteral("ends_at"), QStringLiteral("all_day"),
        QStringLiteral("location"), QStringLiteral("address"), QStringLiteral("online_url"),
        QStringLiteral("sections"), QStringLiteral("links"), QStringLiteral("submitter"),
        QStringLiteral("attachments"), QStringLiteral("consent"), QStringLiteral("honeypot") };
    return fields;
}

// "2026-12-01T18:00:00Z", "2026-12-01T18:00+01:00", "2026-12-01T18:00" (in zone), "2026-12-01".
const QRegularExpression &timePattern()
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?)?$)"));
    return pattern;
}

// Reads the fields of one submission, collecting what is wrong with them.
class Reader
{
public:
    Reader(const QJsonObject &object, const SubmissionParser::Limits &limits, const QTimeZone &zone,
        SubmissionProblem base, QList<SubmissionProblem> *problems)
        : m_object(object)
        , m_limits(limits)
        , m_zone(zone)
        , m_base(std::move(base))
        , m_problems(problems)
    { }

    bool refused() const { return m_refused; }
    QStringList warnings() const { return m_warnings; }
    void setId(const QString &id) { m_base.id = id; }

    void refuse(const QString &field, const QString &message)
    {
        m_refused = true;
        add(field, message, true);
    }
    void warn(const QString &field, const Msg &message)
    {
        add(field, render(message), false);
        QJsonArray stored { field, QString::fromLatin1(message.text), message.leftOut };
        for (const QString &arg : message.args)
            stored.append(arg);
        m_warnings.append(QString::fromUtf8(QJsonDocument(stored).toJson(QJsonDocument::Compact)));
    }

    // A text field. Missing or null: empty (refused when required). Wrong type or too long:
    // refused when required, else left out with a warning.
    QString text(const QJsonObject &object, const QString &key, const QString &field, int max,
        bool required, bool multiline = false)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull()) {
            if (required)
                refuse(
                    field, QCoreApplication::translate("Relais::SubmissionParser", "is missing."));
            return {};
        }
        if (!value.isString()) {
            const Msg message { QT_TRANSLATE_NOOP(
                                    "Relais::SubmissionParser", "should be text, not %1."),
                { typeName(value) }, true };
            required ? refuse(field, render(message.text, message.args, false))
                     : warn(field, message);
            return {};
        }
        const QString raw = value.toString();
        if (raw.size() > max) {
            refuse(field,
                QCoreApplication::translate(
                    "Relais::SubmissionParser", "is too long (%1 characters, at most %2).")
                    .arg(QLocale().toString(raw.size()), QLocale().toString(max)));
            return {};
        }
        int removed = 0;
        QString cleaned = multiline ? SubmissionParser::cleanText(raw, &removed)
                                    : SubmissionParser::cleanLine(raw, &removed);
        if (removed > 0) {
            // A count after a colon: the message is stored with the submission and read later,
            // perhaps in the command line's English, so it takes no plural form.
            warn(field,
                { QT_TRANSLATE_NOOP("Relais::SubmissionParser",
                      "invisible characters removed (direction overrides, zero-width or control "
                      "characters): %1."),
                    { QString::number(removed) } });
        }
        if (required && cleaned.isEmpty())
            refuse(field, QCoreApplication::translate("Relais::SubmissionParser", "is empty."));
        return cleaned;
    }

    QString text(const QString &key, int max, bool required = false, bool multiline = false)
    {
        return text(m_object, key, key, max, required, multiline);
    }

    QDateTime time(const QString &key, bool required, bool *dateOnly = nullptr)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull()) {
            if (required)
                refuse(key, QCoreApplication::translate("Relais::SubmissionParser", "is missing."));
            return {};
        }
        auto problem = [&](const char *text, const QString &arg) {
            required ? refuse(key, render(text, { arg }, false))
                     : warn(key, { text, { arg }, true });
            return QDateTime();
        };
        if (!value.isString())
            return problem(
                QT_TRANSLATE_NOOP("Relais::SubmissionParser",
                    "should be a date and time as text (2026-12-01T18:00:00+01:00), not %1."),
                typeName(value));
        const QString text = value.toString().trimmed();
        const auto match = timePattern().match(text);
        if (!match.hasMatch())
            return problem(QT_TRANSLATE_NOOP("Relais::SubmissionParser",
                               "%1 is not a date and time (write 2026-12-01T18:00:00+01:00)."),
                quoted(text));
        const QDate date(
            match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
        if (!date.isValid())
            return problem(
                QT_TRANSLATE_NOOP("Relais::SubmissionParser", "%1 is not a day of the calendar."),
                quoted(text));
        if (dateOnly)
            *dateOnly = !match.hasCaptured(4);
        if (!match.hasCaptured(4))
            return QDateTime(date, QTime(0, 0), m_zone).toUTC();
        const QString fraction = match.captured(7);
        const QTime clock(match.captured(4).toInt(), match.captured(5).toInt(),
            match.captured(6).toInt(),
            fraction.isEmpty() ? 0 : QString(fraction + QStringLiteral("00")).left(3).toInt());
        if (!clock.isValid())
            return problem(
                QT_TRANSLATE_NOOP("Relais::SubmissionParser", "%1 is not a time of day."),
                quoted(text));
        const QString zone = match.captured(8);
        if (zone.isEmpty())
            return QDateTime(date, clock, m_zone).toUTC();
        if (zone == u"Z")
            return QDateTime(date, clock, QTimeZone::utc());
        QString digits = zone.mid(1);
        digits.remove(QLatin1Char(':'));
        const int hours = digits.left(2).toInt();
        const int minutes = digits.mid(2).toInt();
        if (hours > 14 || minutes > 59)
            return problem(
                QT_TRANSLATE_NOOP("Relais::SubmissionParser", "%1 has no such time zone offset."),
                quoted(text));
        const int offset = (zone.at(0) == u'-' ? -1 : 1) * (hours * 3600 + minutes * 60);
        return QDateTime(date, clock, QTimeZone(offset)).toUTC();
    }

    bool flag(const QString &key)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull())
            return false;
        if (!value.isBool()) {
            warn(key,
                { QT_TRANSLATE_NOOP("Relais::SubmissionParser",
                      "should be true or false, not %1. Taken as false."),
                    { typeName(value) } });
            return false;
        }
        return value.toBool();
    }

    // A list of texts; items that are not text are left out with a warning.
    QStringList texts(const QString &key, int max)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull())
            return {};
        if (!value.isArray()) {
            warn(key,
                { QT_TRANSLATE_NOOP(
                      "Relais::SubmissionParser", "should be a list, not %1. Left out."),
                    { typeName(value) } });
            return {};
        }
        const QJsonArray array = value.toArray();
        if (array.size() > m_limits.listItems) {
            refuse(key,
                QCoreApplication::translate(
                    "Relais::SubmissionParser", "has too many items (%1, at most %2).")
                    .arg(array.size())
                    .arg(m_limits.listItems));
            return {};
        }
        QStringList result;
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString field = QStringLiteral("%1[%2]").arg(key).arg(i);
            if (!array.at(i).isString()) {
                warn(field,
                    { QT_TRANSLATE_NOOP(
                          "Relais::SubmissionParser", "should be text, not %1. Left out."),
                        { typeName(array.at(i)) } });
                continue;
            }
            if (array.at(i).toString().size() > max) {
                refuse(field,
                    QCoreApplication::translate(
                        "Relais::SubmissionParser", "is too long (%1 characters, at most %2).")
                        .arg(QLocale().toString(array.at(i).toString().size()),
                            QLocale().toString(max)));
                continue;
            }
            result.append(SubmissionParser::cleanLine(array.at(i).toString()));
        }
        return result;
    }

    const QJsonObject &object() const { return m_object; }
    const SubmissionParser::Limits &limits() const { return m_limits; }

private:
    void add(const QString &field, const QString &message, bool refused)
    {
        SubmissionProblem p = m_base;
        p.field = field;
        p.message = message;
        p.refused = refused;
        m_problems->append(p);
    }

    const QJsonObject &m_object;
    const SubmissionParser::Limits &m_limits;
    QTimeZone m_zone;
    SubmissionProblem m_base;
    QList<SubmissionProblem> *m_problems;
    QStringList m_warnings;
    bool m_refused = false;
};

bool isMailto(const QString &text)
{
    return text.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive)
        && Validation::isEmail(text.mid(7).section(QLatin1Char('?'), 0, 0));
}

std::optional<Submission> readSubmission(const QJsonObject &object,
    const SubmissionParser::Limits &limits, const QTimeZone &zone, const SubmissionProblem &base,
    QList<SubmissionProblem> *problems)
{
    Reader r(object, limits, zone, base, problems);
    Submission s;
    s.externalId = r.text(QStringLiteral("id"), 200, true);
    r.setId(s.externalId);
    s.receivedAt = r.time(QStringLiteral("received_at"), true);

    const QString kind = r.text(QStringLiteral("kind"), 20, true);
    if (!kind.isEmpty() && !SubmissionText::fromString(kind, &s.kind))
        r.refuse(QStringLiteral("kind"),
            QCoreApplication::translate(
                "Relais::SubmissionParser", "%1 is neither “event” nor “news”.")
                .arg(quoted(kind)));
    s.title = r.text(QStringLiteral("title"), limits.title, true);
    s.body = r.text(QStringLiteral("body"), limits.body, false, true);
    bool dateOnly = false;
    s.startsAt = r.time(QStringLiteral("starts_at"), false, &dateOnly);
    s.endsAt = r.time(QStringLiteral("ends_at"), false);
    s.allDay = r.flag(QStringLiteral("all_day"))
        || (s.startsAt.isValid() && dateOnly && !object.contains(QStringLiteral("all_day")));
    s.location = r.text(QStringLiteral("location"), limits.line);
    s.address = r.text(QStringLiteral("address"), limits.line, false, true);
    s.onlineUrl = r.text(QStringLiteral("online_url"), limits.url);
    if (!s.onlineUrl.isEmpty() && !Validation::isWebUrl(s.onlineUrl)) {
        r.warn(QStringLiteral("online_url"),
            { QT_TRANSLATE_NOOP(
                  "Relais::SubmissionParser", "%1 is not an http or https address. Left out."),
                { quoted(s.onlineUrl) } });
        s.onlineUrl.clear();
    }
    for (const QString &slug : r.texts(QStringLiteral("sections"), 100)) {
        if (Vocabulary::isSection(slug))
            s.sections.append(slug);
        else
            r.warn(QStringLiteral("sections"),
                { QT_TRANSLATE_NOOP(
                      "Relais::SubmissionParser", "%1 is not a section of the site. Left out."),
                    { quoted(slug) } });
    }
    s.sections.removeDuplicates();
    for (const QString &link : r.texts(QStringLiteral("links"), limits.url)) {
        if (Validation::isWebUrl(link) || isMailto(link))
            s.links.append(link);
        else
            r.warn(QStringLiteral("links"),
                { QT_TRANSLATE_NOOP("Relais::SubmissionParser",
                      "%1 is not an http, https or mailto address. Left out."),
                    { quoted(link) } });
    }

    const QJsonValue submitter = object.value(QStringLiteral("submitter"));
    if (submitter.isObject()) {
        const QJsonObject o = submitter.toObject();
        s.submitter.name = r.text(
            o, QStringLiteral("name"), QStringLiteral("submitter.name"), limits.line, false);
        s.submitter.email
            = r.text(o, QStringLiteral("email"), QStringLiteral("submitter.email"), 254, false);
        if (!s.submitter.email.isEmpty() && !Validation::isEmail(s.submitter.email)) {
            r.warn(QStringLiteral("submitter.email"),
                { QT_TRANSLATE_NOOP(
                      "Relais::SubmissionParser", "%1 is not an e-mail address. Left out."),
                    { quoted(s.submitter.email) } });
            s.submitter.email.clear();
        }
        s.submitter.organization = r.text(o, QStringLiteral("organization"),
            QStringLiteral("submitter.organization"), limits.line, false);
        s.submitter.phone
            = r.text(o, QStringLiteral("phone"), QStringLiteral("submitter.phone"), 50, false);
    } else if (!submitter.isUndefined() && !submitter.isNull()) {
        r.warn(QStringLiteral("submitter"),
            { QT_TRANSLATE_NOOP(
                  "Relais::SubmissionParser", "should be an object, not %1. Left out."),
                { typeName(submitter) } });
    }

    const QJsonValue attachments = object.value(QStringLiteral("attachments"));
    if (attachments.isArray()) {
        const QJsonArray array = attachments.toArray();
        if (array.size() > limits.listItems)
            r.refuse(QStringLiteral("attachments"),
                QCoreApplication::translate(
                    "Relais::SubmissionParser", "has too many items (%1, at most %2).")
                    .arg(array.size())
                    .arg(limits.listItems));
        for (qsizetype i = 0; i < array.size() && !r.refused(); ++i) {
            const QString field = QStringLiteral("attachments[%1]").arg(i);
            if (!array.at(i).isObject()) {
                r.warn(field,
                    { QT_TRANSLATE_NOOP(
                          "Relais::SubmissionParser", "should be an object, not %1. Left out."),
                        { typeName(array.at(i)) } });
                continue;
            }
            const QJsonObject o = array.at(i).toObject();
            Submission::Attachment a;
            a.name = r.text(
                o, QStringLiteral("name"), field + QStringLiteral(".name"), limits.line, false);
            a.url = r.text(
                o, QStringLiteral("url"), field + QStringLiteral(".url"), limits.url, false);
            a.mime = r.text(o, QStringLiteral("mime"), field + QStringLiteral(".mime"), 100, false);
            const QJsonValue bytes = o.value(QStringLiteral("bytes"));
            if (bytes.isDouble() && bytes.toDouble() >= 0 && bytes.toDouble() < 1e15)
                a.bytes = qint64(bytes.toDouble());
            else if (!bytes.isUndefined() && !bytes.isNull())
                r.warn(field + QStringLiteral(".bytes"),
                    { QT_TRANSLATE_NOOP(
                          "Relais::SubmissionParser", "should be a size in bytes. Left out."),
                        {} });
            if (!Validation::isWebUrl(a.url)) {
                r.warn(field + QStringLiteral(".url"),
                    { QT_TRANSLATE_NOOP("Relais::SubmissionParser",
                          "%1 is not an http or https address. Attachment left out."),
                        { quoted(a.url) } });
                continue;
            }
            s.attachments.append(a);
        }
    } else if (!attachments.isUndefined() && !attachments.isNull()) {
        r.warn(QStringLiteral("attachments"),
            { QT_TRANSLATE_NOOP("Relais::SubmissionParser", "should be a list, not %1. Left out."),
                { typeName(attachments) } });
    }

    s.consent = r.flag(QStringLiteral("consent"));
    s.honeypot = r.text(QStringLiteral("honeypot"), limits.line);
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!knownFields().contains(it.key()))
            s.extra.insert(it.key(), it.value());
    }
    if (r.refused())
        return std::nullopt;
    s.warnings = r.warnings();
    return s;
}

} // namespace

namespace SubmissionParser {

SubmissionBatch parseJson(const QByteArray &bytes, const QString &source, const QString &origin,
    const QTimeZone &zone, const Limits &limits)
{
    SubmissionBatch batch;
    if (bytes.size() > limits.fileBytes) {
        batch.fileError = QCoreApplication::translate(
            "Relais::SubmissionParser", "“%1” is too large (%2, at most %3).")
                              .arg(origin, QLocale().formattedDataSize(bytes.size()),
                                  QLocale().formattedDataSize(limits.fileBytes));
        return batch;
    }
    qsizetype pos = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (pos < bytes.size() && isSpace(bytes.at(pos)))
        ++pos;
    if (pos >= bytes.size() || (bytes.at(pos) != '{' && bytes.at(pos) != '[')) {
        batch.fileError = QCoreApplication::translate("Relais::SubmissionParser",
            "“%1” holds no submission: a file of submissions is a JSON object or an array of them.")
                              .arg(origin);
        return batch;
    }

    QList<Slice> slices;
    if (bytes.at(pos) == '{') {
        Slice s = scanValue(bytes, pos);
        slices.append(s);
        qsizetype after = s.end;
        while (after < bytes.size() && isSpace(bytes.at(after)))
            ++after;
        if (s.complete && after < bytes.size()) {
            // "{…}}" or "{…},{…}": not one object.
            batch.fileError = QCoreApplication::translate("Relais::SubmissionParser",
                "“%1” is not valid JSON: something follows the submission at byte %2.")
                                  .arg(origin)
                                  .arg(after);
            return batch;
        }
    } else {
        ++pos;
        for (;;) {
            while (pos < bytes.size() && isSpace(bytes.at(pos)))
                ++pos;
            if (pos >= bytes.size()) {
                if (slices.isEmpty() || slices.last().complete)
                    batch.problems.append({ origin, int(slices.size()), {}, {},
                        QCoreApplication::translate("Relais::SubmissionParser",
                            "the file ends before the list of submissions is closed."),
                        false });
                break;
            }
            if (bytes.at(pos) == ']' && slices.isEmpty())
                break;
            Slice s = scanValue(bytes, pos);
            slices.append(s);
            if (s.end >= bytes.size()) {
                if (s.complete)
                    batch.problems.append({ origin, int(slices.size()), {}, {},
                        QCoreApplication::translate("Relais::SubmissionParser",
                            "the file ends before the list of submissions is closed."),
                        false });
                break;
            }
            pos = s.end + 1;
            if (bytes.at(s.end) == ']')
                break;
        }
    }

    QSet<QString> seen;
    for (qsizetype i = 0; i < slices.size(); ++i) {
        const Slice &slice = slices.at(i);
        SubmissionProblem base { origin, int(i + 1), {}, {}, {}, true };
        auto refuse = [&](const QString &message) {
            SubmissionProblem p = base;
            p.message = message;
            batch.problems.append(p);
        };
        const QByteArray piece = bytes.mid(slice.begin, slice.end - slice.begin).trimmed();
        if (!slice.complete) {
            refuse(QCoreApplication::translate(
                "Relais::SubmissionParser", "the file ends in the middle of this submission."));
            continue;
        }
        if (piece.isEmpty()) {
            refuse(QCoreApplication::translate(
                "Relais::SubmissionParser", "is empty (two commas in a row?)."));
            continue;
        }
        if (piece.size() > limits.submissionBytes) {
            refuse(QCoreApplication::translate(
                "Relais::SubmissionParser", "is too large (%1, at most %2).")
                       .arg(QLocale().formattedDataSize(piece.size()),
                           QLocale().formattedDataSize(limits.submissionBytes)));
            continue;
        }
        if (slice.depth > limits.depth) {
            refuse(QCoreApplication::translate(
                "Relais::SubmissionParser", "is nested too deeply (%1 levels, at most %2).")
                       .arg(slice.depth)
                       .arg(limits.depth));
            continue;
        }
        if (const qsizetype bad = invalidUtf8(piece.constData(), piece.size()); bad >= 0) {
            refuse(QCoreApplication::translate(
                "Relais::SubmissionParser", "is not valid UTF-8 text (byte %1 of the file).")
                       .arg(slice.begin + bad));
            continue;
        }
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(piece, &error);
        if (error.error != QJsonParseError::NoError) {
            refuse(QCoreApplication::translate(
                "Relais::SubmissionParser", "is not valid JSON (%1 at byte %2 of the file).")
                       .arg(error.errorString())
                       .arg(slice.begin + error.offset));
            continue;
        }
        if (!document.isObject()) {
            refuse(
                QCoreApplication::translate("Relais::SubmissionParser", "is not a JSON object."));
            continue;
        }
        auto submission = readSubmission(document.object(), limits, zone, base, &batch.problems);
        if (!submission)
            continue;
        if (seen.contains(submission->externalId)) {
            base.id = submission->externalId;
            base.field = QStringLiteral("id");
            refuse(QCoreApplication::translate("Relais::SubmissionParser",
                "this id was already used by an earlier submission of the file."));
            continue;
        }
        seen.insert(submission->externalId);
        submission->source = source;
        submission->raw = piece;
        batch.submissions.append(*submission);
    }
    return batch;
}

namespace {

QString clean(const QString &text, bool multiline, int *removed)
{
    QString out;
    out.reserve(text.size());
    int count = 0;
    const QStringView view(text);
    for (qsizetype i = 0; i < view.size(); ++i) {
        const QChar c = view.at(i);
        const char16_t u = c.unicode();
        if (u == '\r') {
            if (multiline && (i + 1 >= view.size() || view.at(i + 1) != u'\n'))
                out += QLatin1Char('\n');
            else if (!multiline)
                out += QLatin1Char(' ');
            continue;
        }
        if (u == '\n' || u == '\t' || u == 0x2028 || u == 0x2029) {
            out += multiline ? (u == '\t' ? QChar(u'\t') : QChar(u'\n')) : QChar(u' ');
            continue;
        }
        // Joiners make emoji and some scripts; a text keeps them, a one-line field does not.
        if (multiline && (u == 0x200C || u == 0x200D)) {
            out += c;
            continue;
        }
        const auto category = c.category();
        if (category == QChar::Other_Control || category == QChar::Other_Format) {
            ++count;
            continue;
        }
        out += c;
    }
    if (removed)
        *removed = count;
    if (multiline) {
        // Trailing spaces of lines and blank lines at both ends go; the text is kept as written.
        return out.trimmed();
    }
    return out.simplified();
}

} // namespace

QString warningText(const QString &stored)
{
    if (!stored.startsWith(QLatin1Char('[')))
        return stored; // written as text by an older build
    const QJsonArray a = QJsonDocument::fromJson(stored.toUtf8()).array();
    if (a.size() < 3)
        return stored;
    QStringList args;
    for (qsizetype i = 3; i < a.size(); ++i)
        args.append(a.at(i).toString());
    const QByteArray text = a.at(1).toString().toUtf8();
    const QString message = render(text.constData(), args, a.at(2).toBool());
    const QString field = a.at(0).toString();
    return field.isEmpty() ? message : field + QStringLiteral(": ") + message;
}

QString cleanLine(const QString &text, int *removed)
{
    return clean(text, false, removed);
}

QString cleanText(const QString &text, int *removed)
{
    return clean(text, true, removed);
}

} // namespace SubmissionParser

} // namespace Relais
