// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemeditor.h"
#include "media/webimage.h"

#include "markdowneditor.h"
#include "render/sitefolder.h"
#include "storage/store.h"
#include "text/spellchecker.h"

#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <memory>

namespace Relais {

namespace {

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
    outer->addWidget(m_errors);
    m_origin = new QLabel(this);
    m_origin->setObjectName(QStringLiteral("itemOrigin"));
    m_origin->setWordWrap(true);
    m_origin->setTextFormat(Qt::PlainText); // it quotes a submission's title: never markup
    m_origin->setStyleSheet(QStringLiteral("QLabel { background: #eef5f4; padding: 4px 8px; }"));
    m_origin->hide();
    outer->addWidget(m_origin);

    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(m_scroll);
    m_form = new QFormLayout(content);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_scroll->setWidget(content);
    outer->addWidget(m_scroll, 1);

    m_autosave.setSingleShot(true);
    m_autosave.setInterval(2000);
    connect(&m_autosave, &QTimer::timeout, this, [this] { save(false); });
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
    if (m_modified == modified)
        return;
    m_modified = modified;
    emit modifiedChanged(modified);
}

bool ItemEditor::loadItem(qint64 id)
{
    m_autosave.stop();
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
    setEnabled(!m_readOnly);
    setModified(false);
    showStartOfFields();
    return true;
}

void ItemEditor::newItem()
{
    m_autosave.stop();
    m_loading = true;
    clearForm();
    m_loading = false;
    showFieldErrors({});
    m_id = 0;
    m_hasItem = true;
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
    if (m_readOnly) {
        emit message(tr("Not saved: the database is read-only."));
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
        case ConflictChoice::Overwrite: {
            auto current = storedRevision(m_id);
            r = current ? writeItem(*current) : Result<qint64>(current.error());
            break;
        }
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
        emit message(tr("Not saved: %1").arg(r.error().message));
        return false;
    }
    m_id = *r;
    showFieldErrors({});
    setModified(false);
    emit saved(type(), m_id, created);
    return true;
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
