// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/database.h"

#include <QObject>

#include <memory>

namespace Relais {

class SpellChecker;

// What the window starts once its first page is on screen, in worker threads: the integrity
// check of the database and the loading of the spelling dictionaries. Results come back in
// the window's thread. Deleting this stops the check, so that quitting does not wait for it.
class BackgroundChecks : public QObject
{
    Q_OBJECT

public:
    explicit BackgroundChecks(QObject *parent = nullptr);
    ~BackgroundChecks() override;

    void checkDatabase(const QString &path);
    // French first (the site's language), English for articles written in English; the
    // personal word list is shared by both.
    void loadSpelling(const QString &personalWords);

signals:
    // healthy is false when the file is damaged (firstProblem says how) or could not be
    // checked (error says why).
    void databaseChecked(bool healthy, const QString &firstProblem, const QString &error);
    void spellingLoaded(const QList<std::shared_ptr<Relais::SpellChecker>> &checkers);
    void message(const QString &text);

private:
    std::shared_ptr<Database::CheckStopper> m_stopCheck
        = std::make_shared<Database::CheckStopper>();
};

} // namespace Relais
