// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

#include <cstdio>

int main(int argc, char *argv[])
{
    // A PDF needs fonts, so the graphical part of Qt, without any window: offscreen.
    bool pdf = false;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        pdf = pdf || arg == "--format=pdf"
            || (arg == "pdf" && i > 1 && QByteArray(argv[i - 1]) == "--format");
    }
    if (pdf && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> application(
        pdf ? new QGuiApplication(argc, argv) : new QCoreApplication(argc, argv));
    QCoreApplication::setOrganizationName(QStringLiteral("Relais"));
    QCoreApplication::setApplicationName(QStringLiteral("relais"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RELAIS_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    Relais::CommandLine cli(out, err);
    return cli.run(QCoreApplication::arguments());
}
