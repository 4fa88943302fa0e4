// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagebox.h"

namespace Relais {

QMessageBox::StandardButton MessageBox::s_nextAnswer = QMessageBox::NoButton;
QMessageBox::StandardButton MessageBox::s_defaultAnswer = QMessageBox::NoButton;
int MessageBox::s_shown = 0;
QString MessageBox::s_lastText;

QMessageBox::StandardButton MessageBox::question(QWidget *parent, const QString &title,
    const QString &text, QMessageBox::StandardButtons buttons,
    QMessageBox::StandardButton defaultButton)
{
    ++s_shown;
    s_lastText = text;
    if (s_nextAnswer != QMessageBox::NoButton) {
        const QMessageBox::StandardButton answer = s_nextAnswer;
        s_nextAnswer = QMessageBox::NoButton;
        return answer;
    }
    if (s_defaultAnswer != QMessageBox::NoButton)
        return s_defaultAnswer;
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

void MessageBox::critical(QWidget *parent, const QString &title, const QString &text)
{
    ++s_shown;
    s_lastText = text;
    if (s_nextAnswer != QMessageBox::NoButton || s_defaultAnswer != QMessageBox::NoButton) {
        s_nextAnswer = QMessageBox::NoButton;
        return;
    }
    QMessageBox::critical(parent, title, text);
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    s_nextAnswer = answer;
}

void MessageBox::setDefaultAnswer(QMessageBox::StandardButton answer)
{
    s_defaultAnswer = answer;
}

int MessageBox::takeShownCount()
{
    const int n = s_shown;
    s_shown = 0;
    return n;
}

} // namespace Relais
