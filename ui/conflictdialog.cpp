// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "conflictdialog.h"

#include "messagebox.h"
#include "publish/wordpresspublisher.h"
#include "storage/store.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Relais {

namespace {

QTextBrowser *makeBrowser(QWidget *parent, const QString &name)
{
    auto *b = new QTextBrowser(parent);
    b->setObjectName(name);
    // Never fetch anything: remote pictures stay remote.
    b->setOpenLinks(false);
    b->setOpenExternalLinks(false);
    return b;
}

QString page(
    const QString &heading, const QString &title, const QString &summary, const QString &html)
{
    const QString excerpt = summary.trimmed().isEmpty()
        ? QString()
        : QStringLiteral("<p><i>%1</i></p>").arg(summary.trimmed().toHtmlEscaped());
    return QStringLiteral("<p style=\"color:#555\">%1</p><h2>%2</h2>%3%4")
        .arg(heading.toHtmlEscaped(), title.toHtmlEscaped(), excerpt, html);
}

} // namespace

ConflictDialog::ConflictDialog(Store &store, const PublishTarget &target, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_target(target)
    , m_list(new QListWidget(this))
    , m_explanation(new QLabel(this))
    , m_mine(makeBrowser(this, QStringLiteral("mineView")))
    , m_theirs(makeBrowser(this, QStringLiteral("theirsView")))
    , m_keepMine(new QPushButton(tr("&Keep Mine"), this))
    , m_takeTheirs(new QPushButton(tr("&Take Theirs"), this))
    , m_skip(new QPushButton(tr("&Skip"), this))
    , m_recreate(new QPushButton(tr("&Make It Again"), this))
{
    setWindowTitle(tr("Changed on Both Sides — %1").arg(target.name));
    setObjectName(QStringLiteral("conflictDialog"));
    m_list->setObjectName(QStringLiteral("conflictList"));
    m_keepMine->setObjectName(QStringLiteral("keepMineButton"));
    m_takeTheirs->setObjectName(QStringLiteral("takeTheirsButton"));
    m_skip->setObjectName(QStringLiteral("skipButton"));
    m_recreate->setObjectName(QStringLiteral("recreateButton"));
    m_explanation->setWordWrap(true);
    m_keepMine->setToolTip(tr("The next publish writes this version over the server's."));
    m_takeTheirs->setToolTip(tr("This item takes the server's title and text; nothing is sent."));
    m_skip->setToolTip(tr("Decide later: the item is not published meanwhile."));
    m_recreate->setToolTip(tr("The next publish makes a new post for this item."));

    auto *split = new QSplitter(this);
    split->addWidget(m_mine);
    split->addWidget(m_theirs);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_keepMine);
    buttons->addWidget(m_takeTheirs);
    buttons->addWidget(m_recreate);
    buttons->addWidget(m_skip);
    buttons->addStretch();
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(m_explanation);
    layout->addWidget(split, 1);
    layout->addLayout(buttons);
    layout->addWidget(close);
    m_list->setMaximumHeight(120);
    resize(900, 600);

    connect(m_list, &QListWidget::currentRowChanged, this, &ConflictDialog::showItem);
    using R = WordPressPublisher::Resolution;
    connect(m_keepMine, &QPushButton::clicked, this, [this] { settle(int(R::KeepMine)); });
    connect(m_takeTheirs, &QPushButton::clicked, this, [this] { settle(int(R::TakeTheirs)); });
    connect(m_skip, &QPushButton::clicked, this, [this] { settle(int(R::Skip)); });
    connect(m_recreate, &QPushButton::clicked, this, [this] { settle(int(R::Recreate)); });
    load();
}

int ConflictDialog::remaining() const
{
    return int(m_items.size());
}

void ConflictDialog::load()
{
    auto items = m_store.wordpress().unsettled(m_target.id);
    m_items = items ? *items : QList<WordPressLink>();
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (const WordPressLink &l : std::as_const(m_items)) {
        QString title;
        if (l.itemType == u"article") {
            if (auto a = m_store.articles().load(l.item))
                title = a->title;
        } else if (auto e = m_store.agenda().load(l.item)) {
            title = e->title;
        }
        m_list->addItem(l.state == WordPressLink::State::Gone
                ? tr("%1 — deleted on the server").arg(title)
                : tr("%1 — changed on both sides").arg(title));
    }
    m_list->setCurrentRow(m_items.isEmpty() ? -1 : 0);
    showItem(m_list->currentRow());
}

void ConflictDialog::showItem(int row)
{
    const bool valid = row >= 0 && row < m_items.size();
    const WordPressLink l = valid ? m_items.at(row) : WordPressLink {};
    const bool gone = valid && l.state == WordPressLink::State::Gone;
    m_keepMine->setVisible(valid && !gone);
    m_takeTheirs->setVisible(valid && !gone);
    m_recreate->setVisible(gone);
    m_skip->setEnabled(valid);
    m_skip->setText(gone ? tr("&Leave Deleted") : tr("&Skip"));
    if (!valid) {
        m_explanation->setText(tr("Nothing waits for a decision."));
        m_mine->clear();
        m_theirs->clear();
        return;
    }
    QString myTitle, mySummary, myHtml;
    auto settings = m_store.siteSettings().load();
    const SiteSettings s = settings ? *settings : SiteSettings {};
    if (l.itemType == u"article") {
        if (auto a = m_store.articles().load(l.item)) {
            myTitle = a->title;
            mySummary = a->summary;
            myHtml = WordPressMapping::fromArticle(*a, s, true).content;
        }
    } else if (auto e = m_store.agenda().load(l.item)) {
        myTitle = e->title;
        myHtml = WordPressMapping::fromEvent(*e, s, true).content;
    }
    m_mine->setHtml(page(tr("In Relais"), myTitle, mySummary, myHtml));
    if (gone) {
        m_explanation->setText(
            tr("The post (number %1) was deleted on the server or moved to its trash. Relais does "
               "not make it again without your word.")
                .arg(l.remoteId));
        m_theirs->setHtml(
            page(tr("On the server"), QString(), QString(), tr("<p><em>Deleted.</em></p>")));
        return;
    }
    const QJsonObject theirs = QJsonDocument::fromJson(l.theirs).object();
    const QDateTime changed
        = WordPressMapping::fromGmt(theirs.value(QStringLiteral("modified_gmt")).toString());
    m_explanation->setText(
        tr("Changed in Relais and, since the last publish, on the server too (%1). Nothing was "
           "overwritten; choose which version stays.")
            .arg(QLocale().toString(changed.toLocalTime(), QLocale::ShortFormat)));
    // The server's content is shown as WordPress holds it; QTextBrowser runs no script and loads
    // nothing from the network.
    m_theirs->setHtml(page(tr("On the server"), theirs.value(QStringLiteral("title")).toString(),
        theirs.value(QStringLiteral("excerpt")).toString(),
        theirs.value(QStringLiteral("content")).toString()));
}

void ConflictDialog::settle(int resolution)
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_items.size())
        return;
    auto r = WordPressPublisher::settle(
        m_store, m_target, m_items.at(row).item, WordPressPublisher::Resolution(resolution));
    if (!r) {
        MessageBox::critical(this, tr("Not Settled"), r.error().message);
        return;
    }
    if (WordPressPublisher::Resolution(resolution) == WordPressPublisher::Resolution::Skip) {
        m_items.removeAt(row);
        delete m_list->takeItem(row);
        m_list->setCurrentRow(qMin(row, int(m_items.size()) - 1));
        showItem(m_list->currentRow());
        return;
    }
    load();
}

} // namespace Relais
