// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMessageBox>

namespace Relais {

// QMessageBox with a seam: tests queue the answer of the next question instead of a modal
// dialog waiting for a click that never comes.
class MessageBox
{
public:
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title,
        const QString &text, QMessageBox::StandardButtons buttons,
        QMessageBox::StandardButton defaultButton);
    static void critical(QWidget *parent, const QString &title, const QString &text);

    // The answer the next question gets without showing anything (tests only).
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // The answer every question gets when no next answer is queued (tests only), so that an
    // unexpected question fails a test instead of waiting for a click forever.
    static void setDefaultAnswer(QMessageBox::StandardButton answer);
    // How many messages were shown (or answered) since the last call; tests only.
    static int takeShownCount();
    // The text of the last message shown (or answered); tests only.
    static QString lastText() { return s_lastText; }

private:
    static QMessageBox::StandardButton s_nextAnswer;
    static QMessageBox::StandardButton s_defaultAnswer;
    static int s_shown;
    static QString s_lastText;
};

} // namespace Relais
