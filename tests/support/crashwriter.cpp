// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Child of the crash test: writes articles as fast as it can, in the same way the editor
// does (create, then autosave updates), and prints the id of each committed write. The
// test kills it with SIGKILL at a random moment and checks what survived.
#include "storage/store.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: relais_crashwriter DATABASE\n");
        return 2;
    }
    auto store = Relais::Store::open(QString::fromLocal8Bit(argv[1]));
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error().message));
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    // Bounded, so that a test that forgets to kill it does not leave it running.
    for (int i = 0; i < 100000 && timer.elapsed() < 60000; ++i) {
        Relais::Article a;
        a.title = QStringLiteral("Écriture %1 — coopérative œuvrière").arg(i);
        a.body = QStringLiteral("Paragraphe de texte assez long pour remplir des pages. ")
                     .repeated(40 + i % 50);
        a.sections = { QStringLiteral("associations") };
        auto created = (*store)->articles().create(a);
        if (!created) {
            std::fprintf(
                stderr, "%s\n", qPrintable(created.error().message + created.error().detail));
            return 1;
        }
        Relais::Article edited = *created;
        edited.summary = QStringLiteral("Résumé mis à jour %1").arg(i);
        auto updated = (*store)->articles().update(edited);
        if (!updated) {
            std::fprintf(
                stderr, "%s\n", qPrintable(updated.error().message + updated.error().detail));
            return 1;
        }
        // Printed only after the commit returned: every id printed must survive the kill.
        std::printf("%s %d\n", qPrintable(updated->meta.uuid.toString(QUuid::WithoutBraces)),
            updated->meta.revision);
        std::fflush(stdout);
    }
    return 0;
}
