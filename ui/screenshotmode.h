// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Relais {

class MainWindow;

// relais --screenshot FILE.png [--show WHAT]: for the README and visual checks. Once the
// window's first page is shown, opens its first item (and, with --show, a dialog: publish,
// published, targets, history, export, conflicts, approve, activity; review: the items waiting
// for review, the first open with its comments), saves a picture of the window
// with its dialogs, and quits.
namespace ScreenshotMode {
void arrange(MainWindow &window, const QString &png, const QString &show);
} // namespace ScreenshotMode

} // namespace Relais
