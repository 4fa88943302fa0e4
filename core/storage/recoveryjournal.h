// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "offlinejournal.h"
#include "result.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonObject>
#include <QList>
#include <QLockFile>
#include <QString>
#include <QUuid>

#include <memory>

namespace Relais {

class Database;

// What a window's editors hold and have not saved yet, kept on this computer within a moment of
// the last keystroke, so that a window killed (SIGKILL, a crash, the session ended) loses
// nothing (issue 21). One file per window, append-only: a line of JSON per change (an entry
// kept, or forgotten once saved or discarded), emptied when nothing is kept any more. Each
// window holds a lock beside its file; on start, the files of windows of the same database and
// login that ended without closing (their lock is stale) are read back, and their entries shown
// again as unsaved edits. The file is the user's alone (0600, in their data folder).
class RecoveryJournal
{
    Q_DECLARE_TR_FUNCTIONS(Relais::RecoveryJournal)

public:
    using Entry = OfflineJournal::Entry;

    ~RecoveryJournal();
    RecoveryJournal(const RecoveryJournal &) = delete;
    RecoveryJournal &operator=(const RecoveryJournal &) = delete;

    // The folder of the journals of that database and login: the user's data folder (the XDG
    // data home), "recovery/"; files are "<hash of address and login>-<pid>.jsonl".
    static QString folder();
    static QString keyOf(const Database &db);
    // Opens a journal of this window for that database, with its lock held.
    static Result<std::unique_ptr<RecoveryJournal>> open(const Database &db);

    QString path() const { return m_path; }

    // Keeps (replaces) the entry of that item: one line appended and written through to the
    // file (a kill of the process right after loses nothing).
    Result<void> keep(const Entry &entry);
    // The item was saved or its edits discarded.
    Result<void> forget(const QString &type, const QUuid &uuid);
    // What this journal keeps now, oldest first.
    QList<Entry> entries() const { return m_kept; }

    // The entries left by windows of this journal's database and login that ended without
    // closing, newest last; each is kept in this journal before its old file is removed. A
    // damaged line (the last, cut by the kill) is skipped.
    Result<QList<Entry>> takeLeftBehind();

    // The words typed in after over before (values of the same fields; texts compared word by
    // word, a field that is not text counted as one word when it changed).
    static int wordsTyped(const QJsonObject &before, const QJsonObject &after);

    // Reads a journal file (tests, takeLeftBehind): what it keeps at its end.
    static QList<Entry> read(const QString &path);

private:
    RecoveryJournal(QString path, QString key);
    Result<void> append(const QByteArray &line);
    Result<void> rewrite();

    QString m_path;
    QString m_key;
    QFile m_file;
    std::unique_ptr<QLockFile> m_lock;
    QList<Entry> m_kept;
    qint64 m_written = 0;
};

} // namespace Relais
