// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemeditor.h"

#include "content/slug.h"
#include "media/webimage.h"

#include "markdowneditor.h"
#include "render/sitefolder.h"
#include "storage/store.h"
#include "text/spellchecker.h"

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QScrollBar>
#include <QTreeWidget>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QTextCursor>
#include <QVBoxLayout>

#include <memory>

namespace Relais {

namespace {

constexpr int RetryMs = 5000;

ItemEditor::ConflictChoice askUser(QWidget *parent, const QString &message)
{
    QMessageBox box(QMessageBox::Warning, ItemEditor::tr("Changed elsewhere"), message,
        QMessageBox::NoButton, parent);
    box.setInformativeText(
        ItemEditor::tr("Keep your version and overwrite the other one, or load the other "
                       "version and lose your changes?"));
    QPushButton *overwrite
        = box.addButton(ItemEditor::tr("Keep mine"), QMessageBox::DestructiveRole);
    QPushButton *reload = box.addButton(ItemEditor::tr("Load theirs"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == overwrite)
        return ItemEditor::ConflictChoice::Overwrite;
    if (box.clickedButton() == reload)
        return ItemEditor::ConflictChoice::Reload;
    return ItemEditor::ConflictChoice::Cancel;
}

} // namespace

ItemEditor::ItemEditor(Store &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_resolver(askUser)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_errors = new QLabel(this);
    m_errors->setObjectName(QStringLiteral("fieldErrors"));
    m_errors->setWordWrap(true);
    m_errors->setTextFormat(Qt::PlainText);
    m_errors->setStyleSheet(QStringLiteral("QLabel { color: #b00020; padding: 4px 8px; }"));
    m_errors->hide();
    m_origin = new QLabel(this);
    m_origin->setObjectName(QStringLiteral("itemOrigin"));
    m_origin->setWordWrap(true);
    m_origin->setTextFormat(Qt::PlainText); // it quotes a submission's title: never markup
    m_origin->setStyleSheet(QStringLiteral("QLabel { background: #eef5f4; padding: 4px 8px; }"));
    m_origin->hide();
    outer->addWidget(m_origin);

    m_others = new QLabel(this);
    m_others->setObjectName(QStringLiteral("othersEditing"));
    m_others->setWordWrap(true);
    m_others->setTextFormat(Qt::PlainText); // login names: never markup
    m_others->setStyleSheet(QStringLiteral("QLabel { background: #e8f0fe; padding: 4px 8px; }"));
    m_others->hide();
    outer->addWidget(m_others);

    m_locked = new QLabel(this);
    m_locked->setObjectName(QStringLiteral("itemLocked"));
    m_locked->setWordWrap(true);
    m_locked->setTextFormat(Qt::PlainText); // names a login: never markup
    m_locked->setStyleSheet(QStringLiteral("QLabel { background: #f1ecf7; padding: 4px 8px; }"));
    m_locked->hide();
    outer->addWidget(m_locked);

    // Another version saved by someone else while this one has unsaved edits.
    m_newer = new QFrame(this);
    m_newer->setObjectName(QStringLiteral("newerVersionBar"));
    m_newer->setStyleSheet(QStringLiteral(
        "QFrame#newerVersionBar { background: #fff4d6; border-bottom: 1px solid #d8b24a; }"));
    auto *bar = new QHBoxLayout(m_newer);
    bar->setContentsMargins(8, 4, 8, 4);
    m_newerText = new QLabel(m_newer);
    m_newerText->setObjectName(QStringLiteral("newerVersionText"));
    m_newerText->setWordWrap(true);
    m_newerText->setTextFormat(Qt::PlainText); // a login name: never markup
    bar->addWidget(m_newerText, 1);
    auto addChoice
        = [this, bar](const QString &name, const QString &text, const QString &tip, auto slot) {
              auto *button = new QPushButton(text, m_newer);
              button->setObjectName(name);
              button->setToolTip(tip);
              connect(button, &QPushButton::clicked, this, slot);
              bar->addWidget(button);
              return button;
          };
    m_newerChoices << addChoice(QStringLiteral("compareVersions"), tr("Compare"),
        tr("Show the fields that differ between your version and theirs."), &ItemEditor::compare)
                   << addChoice(QStringLiteral("keepMine"), tr("Keep Mine"),
                          tr("Save your version over theirs."), [this] { keepMine(); })
                   << addChoice(QStringLiteral("loadTheirs"), tr("Load Theirs"),
                          tr("Show their version; your unsaved edits are dropped."),
                          &ItemEditor::loadTheirs);
    addChoice(QStringLiteral("closeDeleted"), tr("Close"),
        tr("Close the item; what you typed is dropped."),
        [this] {
            forgetOffline();
            hideNewerVersion();
            m_hasItem = false;
            m_id = 0;
            setModified(false);
            setEnabled(false);
            emit closedElsewhere(QString());
        })
        ->hide();
    m_newer->hide();
    outer->addWidget(m_newer);

    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(m_scroll);
    m_form = new QFormLayout(content);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_scroll->setWidget(content);
    outer->addWidget(m_scroll, 1);
    // Below the form: a message that comes and goes while someone types never moves the fields
    // under their pointer (the form's top stays where it is).
    outer->addWidget(m_errors);

    m_autosave.setSingleShot(true);
    m_autosave.setInterval(2000);
    connect(&m_autosave, &QTimer::timeout, this, [this] { save(false); });
    m_recoveryTimer.setSingleShot(true);
    m_recoveryTimer.setInterval(RecoveryDelayMs);
    connect(&m_recoveryTimer, &QTimer::timeout, this, &ItemEditor::keepForRecovery);
    // The newsroom's server away (restarted, the network cut): the text stays in the form and
    // is sent again every few seconds until the server takes it.
    m_retry.setSingleShot(true);
    m_retry.setInterval(RetryMs);
    connect(&m_retry, &QTimer::timeout, this, [this] { save(false); });
}

void ItemEditor::addField(const QString &name, QWidget *widget)
{
    m_fields.insert(name, widget);
    widget->setObjectName(name + QStringLiteral("Field"));
}

void ItemEditor::watch(QLineEdit *edit)
{
    connect(edit, &QLineEdit::textEdited, this, &ItemEditor::markModified);
}

void ItemEditor::watch(QPlainTextEdit *edit)
{
    // textChanged also fires when the spelling or syntax colours are redone; only a change of
    // the text itself is an edit. (Comparing is cheap: the copy is shared until it differs.)
    auto lastText = std::make_shared<QString>();
    connect(edit, &QPlainTextEdit::textChanged, this, [this, edit, lastText] {
        QString text = edit->toPlainText();
        if (m_loading || text == *lastText) {
            *lastText = std::move(text);
            return;
        }
        *lastText = std::move(text);
        markModified();
    });
}

namespace {
std::optional<QString> s_pictureAnswer;
} // namespace

void ItemEditor::setPictureDescriptionAnswer(std::optional<QString> answer)
{
    s_pictureAnswer = std::move(answer);
}

void ItemEditor::setSpellChecker(SpellChecker *checker)
{
    QHash<QString, SpellChecker *> all;
    all.insert(checker ? checker->language() : QStringLiteral("fr"), checker);
    setSpellCheckers(all);
}

Result<Media> ItemEditor::storePicture(const QString &fileName, const QByteArray &bytes)
{
    auto media = WebImage::store(m_store.media(), fileName, bytes);
    if (!media)
        return media.error();
    if (media->alt.isEmpty()) {
        QString alt;
        if (s_pictureAnswer) {
            alt = *s_pictureAnswer;
        } else {
            bool ok = false;
            alt = QInputDialog::getText(this, tr("Describe the Picture"),
                tr("What does “%1” show? Visitors who cannot see pictures (screen readers, "
                   "slow connections) get this text instead.")
                    .arg(media->originalName),
                QLineEdit::Normal, QString(), &ok);
        }
        if (!alt.trimmed().isEmpty()) {
            if (auto r = m_store.media().setAlt(media->id, alt); !r)
                return r.error();
            media->alt = alt.trimmed();
        }
    }
    return media;
}

void ItemEditor::acceptPictures(MarkdownEditor *editor)
{
    editor->edit()->setPictureHandler(
        [this](const QString &fileName, const QByteArray &bytes) -> Result<QString> {
            auto media = storePicture(fileName, bytes);
            if (!media)
                return media.error();
            QString alt = media->alt;
            alt.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
                .replace(QLatin1Char('['), QStringLiteral("\\["))
                .replace(QLatin1Char(']'), QStringLiteral("\\]"));
            return QStringLiteral("![%1](%2)").arg(alt, media->path());
        });
    editor->setPictureLookup([this](const QString &url) {
        const QString name = Media::nameFromPath(url);
        return !name.isEmpty() && m_store.media().byName(name).ok();
    });
    connect(editor->edit(), &MarkdownEdit::pictureFailed, this, &ItemEditor::message);
}

void ItemEditor::markModified()
{
    if (m_loading || !m_hasItem)
        return;
    setModified(true);
    m_autosave.start(); // restarts: saves after a pause, not during a burst
    if (m_recovery && !m_recoveryTimer.isActive())
        m_recoveryTimer.start(); // at most RecoveryDelayMs after a keystroke, even in a burst
    emit edited();
}

Result<QString> ItemEditor::writePreview(const QString &folder) const
{
    auto preview = renderPreview();
    if (!preview)
        return preview.error();
    SiteFolder site(folder);
    if (auto r = site.open(); !r)
        return r.error();
    for (auto it = preview->files.cbegin(); it != preview->files.cend(); ++it) {
        if (auto r = site.write(it.key(), it.value()); !r)
            return r.error();
    }
    return preview->page;
}

void ItemEditor::setModified(bool modified)
{
    if (!modified && m_recovery && !m_recoveryUuid.isNull()) {
        // Saved or discarded: nothing of it to recover any more.
        m_recoveryTimer.stop();
        if (auto r = m_recovery->forget(type(), m_recoveryUuid); !r)
            emit message(r.error().message);
        m_recoveryUuid = {};
    }
    if (m_modified == modified)
        return;
    m_modified = modified;
    emit modifiedChanged(modified);
}

bool ItemEditor::loadItem(qint64 id)
{
    m_autosave.stop();
    m_retry.stop();
    hideNewerVersion();
    if (id != m_id)
        setOthersEditing({});
    setLocked({});
    m_loading = true;
    auto r = readItem(id);
    m_loading = false;
    showFieldErrors({});
    if (!r) {
        m_hasItem = false;
        m_id = 0;
        setEnabled(false);
        emit message(r.error().message);
        return false;
    }
    m_id = id;
    m_hasItem = true;
    m_keptOffline = false;
    m_keptUuid = {};
    setEnabled(!m_readOnly);
    setModified(false);
    showStartOfFields();
    // What was typed into it while the server was away comes back with it.
    if (m_journal && !m_resuming && !m_readOnly) {
        auto kept = m_journal->entry(type(), currentUuid());
        if (kept && kept->has_value())
            return resumeFrom(**kept);
    }
    return true;
}

void ItemEditor::newItem()
{
    m_autosave.stop();
    m_retry.stop();
    hideNewerVersion();
    setOthersEditing({});
    setLocked({});
    m_loading = true;
    clearForm();
    m_loading = false;
    showFieldErrors({});
    m_id = 0;
    m_hasItem = true;
    m_keptOffline = false;
    m_keptUuid = {};
    setEnabled(!m_readOnly);
    setModified(false);
}

void ItemEditor::setModifiedQuietly(bool modified)
{
    if (!modified)
        m_autosave.stop();
    setModified(modified);
}

void ItemEditor::setOrigin(const QString &text)
{
    m_origin->setText(text);
    m_origin->setVisible(!text.isEmpty());
}

QString ItemEditor::origin() const
{
    return m_origin->text();
}

void ItemEditor::showStartOfFields()
{
    // A long title shows its beginning, not the end where setText() leaves the cursor.
    for (QLineEdit *edit : findChildren<QLineEdit *>())
        edit->setCursorPosition(0);
}

void ItemEditor::setLocked(const QString &reason)
{
    m_lockReason = reason;
    m_locked->setText(reason);
    m_locked->setVisible(!reason.isEmpty());
    m_scroll->widget()->setEnabled(reason.isEmpty());
    if (!reason.isEmpty())
        m_autosave.stop();
}

void ItemEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_autosave.stop();
    setEnabled(!readOnly && m_hasItem);
}

bool ItemEditor::saveNow()
{
    return save(true);
}

bool ItemEditor::save(bool interactive)
{
    m_autosave.stop();
    if (!m_hasItem || !m_modified || m_saving)
        return true;
    // Another version is waiting for the person's choice: autosave waits with it.
    if (!interactive && newerVersionBar())
        return false;
    if (m_readOnly) {
        emit message(tr("Not saved: the database is read-only."));
        return false;
    }
    if (!m_lockReason.isEmpty()) {
        emit message(tr("Not saved: %1").arg(m_lockReason));
        return false;
    }
    const FieldErrors errors = validateForm();
    if (!errors.isEmpty()) {
        // Leave the form as typed: it saves once the field is fixed.
        showFieldErrors(errors);
        emit message(interactive ? tr("Not saved: %1").arg(errors.first().message)
                                 : tr("Not saved yet: %1").arg(errors.first().message));
        return false;
    }
    m_saving = true;
    const bool created = m_id == 0;
    auto r = writeItem(std::nullopt);
    if (!r && r.error().code == Error::Code::StaleRevision) {
        switch (m_resolver(this, r.error().message)) {
        case ConflictChoice::Overwrite:
            r = overwrite();
            break;
        case ConflictChoice::Reload:
            m_saving = false;
            loadItem(m_id);
            emit message(tr("Loaded the other version of “%1”.").arg(itemTitle().left(80)));
            return false;
        case ConflictChoice::Cancel:
            break;
        }
    }
    m_saving = false;
    if (!r) {
        if (r.error().code == Error::Code::Conflict)
            showFieldErrors({ { QStringLiteral("slug"), r.error().message } });
        if (r.error().code == Error::Code::Unreachable || r.error().code == Error::Code::Busy) {
            m_retry.start();
            keepOffline();
            if (m_keptOffline) {
                emit message(tr("Offline: “%1” is kept on this computer and sent when the "
                                "newsroom answers again (%2)")
                                 .arg(itemTitle().left(80), r.error().message));
                return false;
            }
            emit message(tr("Not saved yet: %1 Your text stays here and is sent again every "
                            "%2 seconds.")
                             .arg(r.error().message)
                             .arg(RetryMs / 1000));
            return false;
        }
        emit message(tr("Not saved: %1").arg(r.error().message));
        return false;
    }
    m_retry.stop();
    m_id = *r;
    forgetOffline();
    showFieldErrors({});
    hideNewerVersion();
    setModified(false);
    emit saved(type(), m_id, created);
    return true;
}

void ItemEditor::keepOffline()
{
    if (!m_journal || m_readOnly)
        return;
    const OfflineJournal::Entry entry = journalEntry();
    if (auto r = m_journal->keep(entry); !r) {
        emit message(r.error().message);
        return;
    }
    m_keptOffline = true;
    m_keptUuid = entry.uuid;
    emit journalChanged();
}

void ItemEditor::forgetOffline()
{
    if (!m_journal || !m_keptOffline)
        return;
    // The form held the entry: the database has it now (or the person chose theirs).
    const QUuid uuid = m_keptUuid;
    m_keptOffline = false;
    m_keptUuid = {};
    (void)m_journal->forget(type(), uuid);
    emit journalChanged();
}

void ItemEditor::linkSlugToTitle(QLineEdit *title, QLineEdit *slug, std::function<bool()> isDraft)
{
    connect(title, &QLineEdit::textEdited, this, [this, slug, isDraft = std::move(isDraft)] {
        if (m_slugFollows && isDraft() && !slug->text().isEmpty())
            slug->clear(); // made again from the title at the save
    });
    connect(slug, &QLineEdit::textEdited, this,
        [this, slug] { m_slugFollows = slug->text().trimmed().isEmpty(); });
}

void ItemEditor::slugShown(const QString &title, const QString &slug)
{
    // The title's own slug, or that slug made unique ("-2"), or the fallback of an empty title.
    static const QRegularExpression madeUnique(QStringLiteral("^-[0-9]+$"));
    const QString base = Slug::fromTitle(title);
    m_slugFollows = slug.isEmpty() || base.isEmpty() || slug == base
        || (slug.startsWith(base) && madeUnique.match(slug.mid(base.size())).hasMatch());
}

void ItemEditor::keepForRecovery()
{
    if (!m_recovery || !m_modified || m_readOnly || !m_lockReason.isEmpty())
        return;
    const OfflineJournal::Entry entry = journalEntry();
    if (auto r = m_recovery->keep(entry); !r) {
        emit message(r.error().message);
        return;
    }
    m_recoveryUuid = entry.uuid;
}

void ItemEditor::resumed(const QString &problem)
{
    m_keptOffline = m_journal != nullptr; // a file has no offline journal: the form keeps it
    m_keptUuid = currentUuid();
    setModified(true);
    keepForRecovery();
    emit edited();
    if (problem.isEmpty())
        m_autosave.start();
    else
        showNewerVersion(problem, false);
}

Result<qint64> ItemEditor::overwrite()
{
    auto current = storedRevision(m_id);
    if (!current)
        return current.error();
    return writeItem(*current);
}

namespace {

// "10:42" today, "6 Dec 10:42" another day, in the desktop's time zone.
QString whenSaved(const QDateTime &at)
{
    const QDateTime local = at.toLocalTime();
    const QLocale locale;
    if (local.date() == QDate::currentDate())
        return locale.toString(local.time(), QLocale::ShortFormat);
    return locale.toString(local, QLocale::ShortFormat);
}

QString shown(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isArray()) {
        QStringList parts;
        for (const auto &part : value.toArray())
            parts.append(shown(part));
        return parts.join(QStringLiteral(", "));
    }
    if (value.isBool())
        return value.toBool() ? ItemEditor::tr("yes") : ItemEditor::tr("no");
    if (value.isDouble())
        return QString::number(value.toDouble());
    return QString();
}

} // namespace

void ItemEditor::otherVersionSaved(const Change &change)
{
    if (!m_hasItem || m_id == 0 || change.itemId != m_id)
        return;
    const QString who = change.user.isEmpty() ? tr("Someone") : change.user;
    const QString when = whenSaved(change.at);
    if (change.action == Change::Action::Delete) {
        if (!m_modified) {
            const QString title = itemTitle().left(80);
            m_autosave.stop();
            hideNewerVersion();
            m_hasItem = false;
            m_id = 0;
            setEnabled(false);
            emit closedElsewhere(tr("%1 deleted “%2” for good at %3.").arg(who, title, when));
            return;
        }
        showNewerVersion(tr("%1 deleted this item for good at %2. What you typed is still "
                            "here: copy what you want to keep, then close it.")
                             .arg(who, when),
            true);
        return;
    }
    if (change.revision > 0 && change.revision <= loadedRevision())
        return; // already shown (or older than what is)
    if (!m_modified && !m_saving) {
        reloadInPlace();
        if (!m_hasItem)
            return;
        if (loadedIsTrashed()) {
            // Put in the trash elsewhere: closed here, where it could not be edited anyway.
            const QString title = itemTitle().left(80);
            m_hasItem = false;
            m_id = 0;
            setEnabled(false);
            emit closedElsewhere(tr("%1 moved “%2” to the trash at %3.").arg(who, title, when));
            return;
        }
        emit message(tr("“%1” was updated by %2 at %3.").arg(itemTitle().left(80), who, when));
        return;
    }
    showNewerVersion(tr("%1 saved a newer version at %2.").arg(who, when), false);
}

void ItemEditor::setOthersEditing(const QStringList &names)
{
    if (names.isEmpty() || !m_hasItem) {
        m_others->clear();
        m_others->hide();
        return;
    }
    m_others->setText(names.size() == 1
            ? tr("%1 is editing this item too. Saves never overwrite each other unasked.")
                  .arg(names.first())
            : tr("%1 are editing this item too. Saves never overwrite each other unasked.")
                  .arg(QLocale().createSeparatedList(names)));
    m_others->show();
}

QString ItemEditor::othersEditingText() const
{
    return m_others->isHidden() ? QString() : m_others->text();
}

QWidget *ItemEditor::newerVersionBar() const
{
    return m_newer->isHidden() ? nullptr : m_newer;
}

void ItemEditor::showNewerVersion(const QString &text, bool deleted)
{
    m_autosave.stop();
    m_newerText->setText(text);
    for (QWidget *choice : std::as_const(m_newerChoices))
        choice->setVisible(!deleted);
    m_newer->findChild<QPushButton *>(QStringLiteral("closeDeleted"))->setVisible(deleted);
    m_newer->show();
}

void ItemEditor::hideNewerVersion()
{
    m_newer->hide();
}

bool ItemEditor::keepMine()
{
    if (!m_hasItem || m_readOnly)
        return false;
    m_saving = true;
    auto r = overwrite();
    m_saving = false;
    if (!r) {
        emit message(tr("Not saved: %1").arg(r.error().message));
        return false;
    }
    m_id = *r;
    forgetOffline();
    hideNewerVersion();
    showFieldErrors({});
    setModified(false);
    emit saved(type(), m_id, false);
    return true;
}

void ItemEditor::loadTheirs()
{
    if (!m_hasItem || m_id == 0)
        return;
    forgetOffline(); // their version it is: what waited on this computer is dropped
    reloadInPlace(); // the preview follows (edited())
    emit message(tr("Loaded the other version of “%1”.").arg(itemTitle().left(80)));
}

void ItemEditor::reloadInPlace()
{
    // The same place on screen and in the field being typed in, with the other version.
    const int scrolled = m_scroll->verticalScrollBar()->value();
    QWidget *focus = QApplication::focusWidget();
    const bool inside = focus && isAncestorOf(focus);
    int cursor = -1;
    if (auto *line = qobject_cast<QLineEdit *>(focus))
        cursor = line->cursorPosition();
    else if (auto *text = qobject_cast<QPlainTextEdit *>(focus))
        cursor = text->textCursor().position();
    if (!loadItem(m_id)) {
        emit closedElsewhere(QString()); // gone meanwhile; loadItem said why
        return;
    }
    m_scroll->verticalScrollBar()->setValue(scrolled);
    if (inside && cursor >= 0) {
        if (auto *line = qobject_cast<QLineEdit *>(focus)) {
            line->setCursorPosition(std::min<int>(cursor, int(line->text().size())));
        } else if (auto *text = qobject_cast<QPlainTextEdit *>(focus)) {
            QTextCursor moved = text->textCursor();
            moved.setPosition(std::min(cursor, text->document()->characterCount() - 1));
            text->setTextCursor(moved);
        }
    }
    emit edited();
}

namespace {

// Bookkeeping is not what anyone typed.
const QStringList &bookkeeping()
{
    static const QStringList skipped { QStringLiteral("id"), QStringLiteral("revision"),
        QStringLiteral("created_at"), QStringLiteral("updated_at"), QStringLiteral("deleted_at") };
    return skipped;
}

} // namespace

std::optional<int> ItemEditor::recoverable(const OfflineJournal::Entry &entry) const
{
    QJsonObject stored;
    if (entry.itemId > 0) {
        auto theirs = storedJson(entry.itemId);
        if (theirs)
            stored = *theirs; // gone for good: everything kept is new
    }
    bool differs = false;
    for (auto it = entry.value.constBegin(); it != entry.value.constEnd() && !differs; ++it)
        differs = !bookkeeping().contains(it.key()) && stored.value(it.key()) != it.value();
    if (!differs)
        return std::nullopt;
    QJsonObject before;
    QJsonObject after;
    for (auto it = entry.value.constBegin(); it != entry.value.constEnd(); ++it) {
        if (bookkeeping().contains(it.key()))
            continue;
        after.insert(it.key(), it.value());
        before.insert(it.key(), stored.value(it.key()));
    }
    return RecoveryJournal::wordsTyped(before, after);
}

Result<QList<ItemEditor::Difference>> ItemEditor::differences() const
{
    if (m_id == 0)
        return QList<Difference> {};
    auto theirs = storedJson(m_id);
    if (!theirs)
        return theirs.error();
    const QJsonObject mine = formJson();
    const QStringList &skipped = bookkeeping();
    QList<Difference> found;
    QStringList keys = mine.keys();
    for (const QString &key : theirs->keys()) {
        if (!keys.contains(key))
            keys.append(key);
    }
    for (const QString &key : std::as_const(keys)) {
        if (skipped.contains(key) || mine.value(key) == theirs->value(key))
            continue;
        found.append({ key, shown(mine.value(key)), shown(theirs->value(key)) });
    }
    return found;
}

void ItemEditor::compare()
{
    auto found = differences();
    if (!found) {
        emit message(found.error().message);
        return;
    }
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("compareDialog"));
    dialog.setWindowTitle(tr("Compare Versions of “%1”").arg(itemTitle().left(60)));
    auto *layout = new QVBoxLayout(&dialog);
    auto *said = new QLabel(m_newerText->text(), &dialog);
    said->setTextFormat(Qt::PlainText);
    said->setWordWrap(true);
    layout->addWidget(said);
    auto *table = new QTreeWidget(&dialog);
    table->setObjectName(QStringLiteral("differences"));
    table->setColumnCount(3);
    table->setHeaderLabels({ tr("Field"), tr("Yours"), tr("Theirs") });
    table->setRootIsDecorated(false);
    table->setWordWrap(true);
    table->setAlternatingRowColors(true);
    for (const Difference &difference : std::as_const(*found)) {
        auto *row = new QTreeWidgetItem(table);
        row->setText(0, difference.field);
        row->setText(1, difference.mine.left(2000));
        row->setText(2, difference.theirs.left(2000));
        row->setToolTip(1, difference.mine.left(4000));
        row->setToolTip(2, difference.theirs.left(4000));
    }
    if (found->isEmpty())
        new QTreeWidgetItem(table, { tr("(no field differs)"), QString(), QString() });
    table->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    table->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    table->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    layout->addWidget(table, 1);
    auto *buttons = new QDialogButtonBox(&dialog);
    QPushButton *mine = buttons->addButton(tr("Keep Mine"), QDialogButtonBox::DestructiveRole);
    QPushButton *theirs = buttons->addButton(tr("Load Theirs"), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::clicked, &dialog, [&](QAbstractButton *button) {
        dialog.done(button == mine ? 1 : button == theirs ? 2 : 0);
    });
    layout->addWidget(buttons);
    dialog.resize(760, 420);
    const int choice = dialog.exec();
    if (choice == 1)
        keepMine();
    else if (choice == 2)
        loadTheirs();
}

void ItemEditor::showFieldErrors(const FieldErrors &errors)
{
    for (QWidget *w : std::as_const(m_fields))
        w->setStyleSheet(QString());
    if (errors.isEmpty()) {
        m_errors->clear();
        m_errors->hide();
        return;
    }
    m_errors->setText(Validation::summary(errors));
    m_errors->show();
    for (const FieldError &e : errors) {
        if (QWidget *w = m_fields.value(e.field)) {
            w->setStyleSheet(QStringLiteral("border: 2px solid #b00020;"));
            w->setToolTip(e.message);
        }
    }
}

QString ItemEditor::errorText() const
{
    return m_errors->isHidden() ? QString() : m_errors->text();
}

} // namespace Relais
