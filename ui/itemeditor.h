// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/entities.h"
#include "content/validation.h"
#include "render/pagepreview.h"
#include "storage/changerepository.h"
#include "storage/offlinejournal.h"
#include "storage/recoveryjournal.h"
#include "result.h"

#include <QHash>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <optional>

class QFormLayout;
class QFrame;
class QJsonObject;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QScrollArea;

namespace Relais {

class MarkdownEditor;
class SpellChecker;
class Store;

// What every editor pane shares: a form, autosave after a pause in typing, field errors
// shown beside the form, and the refusal to overwrite a newer revision unasked.
class ItemEditor : public QWidget
{
    Q_OBJECT

public:
    enum class ConflictChoice { Overwrite, Reload, Cancel };
    using ConflictResolver = std::function<ConflictChoice(QWidget *parent, const QString &message)>;

    ItemEditor(Store &store, QWidget *parent = nullptr);

    virtual QString type() const = 0;

    // Shows a stored item; false (and a message) when it cannot be read.
    bool loadItem(qint64 id);
    // An empty form; the item is created at the first save.
    void newItem();
    // Saves at once when there are unsaved changes. False when they could not be saved.
    bool saveNow();

    qint64 currentId() const { return m_id; }
    bool hasItem() const { return m_hasItem; }
    bool isModified() const { return m_modified; }
    void setAutosaveDelay(int ms) { m_autosave.setInterval(ms); }
    // Spelling of the Markdown text fields, by language ("fr", "en"); null turns it off.
    virtual void setSpellCheckers(const QHash<QString, SpellChecker *> &) { }
    void setSpellChecker(SpellChecker *checker);
    // The description asked for each new picture: tests answer it instead of a person
    // (nullopt asks again).
    static void setPictureDescriptionAnswer(std::optional<QString> answer);
    // A read-only editor shows items and never saves (damaged database).
    void setReadOnly(bool readOnly);
    // The item shown may be read, not written, by this person (their role, its place in the
    // workflow): the reason above the form, the fields read-only, nothing saved. Empty
    // unlocks. Loading another item unlocks too.
    void setLocked(const QString &reason);
    QString lockReason() const { return m_lockReason; }
    // The revision the form was loaded with (0 for a new item).
    int currentRevision() const { return loadedRevision(); }
    // Replaces the question asked when someone else saved first (tests answer it).
    void setConflictResolver(ConflictResolver resolver) { m_resolver = std::move(resolver); }
    // The field widget that shows problems of a JSON field name.
    QWidget *fieldWidget(const QString &field) const { return m_fields.value(field); }
    QString errorText() const;
    // The stable id of the item shown (null for a new item not saved yet).
    virtual QUuid currentUuid() const = 0;
    // A line above the form saying where the item came from (an approved submission); empty hides
    // it.
    void setOrigin(const QString &text);
    // Forgets that the form changed (a form filled in for the person to finish): no autosave.
    void setModifiedQuietly(bool modified);
    QString origin() const;
    // The page of the item as the form holds it (saved or not), with the site's stylesheet.
    virtual Result<PagePreview> renderPreview() const = 0;
    // Writes that page into folder; returns the page's path inside folder.
    Result<QString> writePreview(const QString &folder) const;

    // Someone else saved the item shown (ChangeFeed). Without unsaved edits the form is read
    // again in place; with some, a bar says who saved when, with Compare, Keep mine and Load
    // theirs, and autosave waits for the choice. An item deleted for good is closed
    // (closedElsewhere()), or with unsaved edits kept on screen until the person closes it.
    void otherVersionSaved(const Change &change);
    // The people of other sessions who have this item open now ("Alice is editing"): a line
    // above the form, hidden when nobody else does. Advice, never a lock.
    void setOthersEditing(const QStringList &names);
    QString othersEditingText() const;
    // Where the form goes when the newsroom's server cannot take it (null: nowhere, on a file).
    // A save the server could not take is kept there at once, then sent by the retry; a save
    // that went through forgets it.
    void setJournal(OfflineJournal *journal) { m_journal = journal; }
    // Where what the form holds is kept within a moment of the last keystroke until it is
    // saved or discarded, so that a window killed loses nothing (null: nowhere).
    void setRecovery(RecoveryJournal *recovery) { m_recovery = recovery; }
    // How long after the last keystroke the form is kept there.
    static constexpr int RecoveryDelayMs = 250;
    // True while what the form holds is kept in the journal, not in the database yet.
    bool isKeptOffline() const { return m_keptOffline; }
    // Shows an entry of the journal as unsaved edits of its item, with the newer-version bar
    // when someone saved after it was typed (problem). False, and a message, when the item
    // cannot be shown.
    virtual bool resumeFrom(const OfflineJournal::Entry &entry) = 0;
    // What an entry kept for recovery holds that its stored item does not: the words typed in
    // (0 when only words were taken out or another field changed); nullopt when it holds
    // nothing new (the item was saved as it was typed).
    std::optional<int> recoverable(const OfflineJournal::Entry &entry) const;
    // The bar above the form when another version waits for a choice; null when none does.
    QWidget *newerVersionBar() const;
    // The bar's choices (its buttons; tests).
    bool keepMine();
    void loadTheirs();
    // The fields whose value differs between the form and the stored item: name, mine,
    // theirs.
    struct Difference
    {
        QString field;
        QString mine;
        QString theirs;
    };
    Result<QList<Difference>> differences() const;

signals:
    void saved(const QString &type, qint64 id, bool created);
    void message(const QString &text);
    void modifiedChanged(bool modified);
    // The form changed (each edit, not only the first): the preview follows.
    void edited();
    // An entry of the offline journal was kept or forgotten.
    void journalChanged();
    // The item shown was deleted for good by someone else; the editor shows nothing now.
    void closedElsewhere(const QString &message);

protected:
    // Subclasses fill the form from the stored item, or clear it for a new one.
    virtual Result<void> readItem(qint64 id) = 0;
    virtual void clearForm() = 0;
    // Stores what the form holds; returns the stored id. revisionOverride, when set,
    // replaces the revision the form was loaded with (overwrite after a conflict).
    virtual Result<qint64> writeItem(std::optional<int> revisionOverride) = 0;
    virtual QString itemTitle() const = 0;
    // The problems of what the form holds now.
    virtual FieldErrors validateForm() const = 0;
    virtual Result<int> storedRevision(qint64 id) const = 0;
    // The revision the form was loaded with (0 for a new item); whether that item was in the
    // trash.
    virtual int loadedRevision() const = 0;
    virtual bool loadedIsTrashed() const = 0;
    // The form's value and the stored item, as JSON objects of the same fields (Compare).
    virtual QJsonObject formJson() const = 0;
    virtual Result<QJsonObject> storedJson(qint64 id) const = 0;

    QFormLayout *form() const { return m_form; }
    // Pictures dropped, pasted or picked in that editor go to the media store.
    void acceptPictures(MarkdownEditor *editor);
    // Stores a picture, asking for its description when it has none yet.
    Result<Media> storePicture(const QString &fileName, const QByteArray &bytes);
    Store &store() const { return m_store; }
    // Registers a field: its changes count as edits, and errors of that name mark it.
    void addField(const QString &name, QWidget *widget);
    void watch(QLineEdit *edit);
    void watch(QPlainTextEdit *edit);
    void markModified();
    void showFieldErrors(const FieldErrors &errors);
    void setLoading(bool loading) { m_loading = loading; }
    // The form of the entry being resumed: the edits are unsaved; with a problem, the
    // newer-version bar waits for the person's choice.
    void resumed(const QString &problem);
    void setResuming(bool resuming) { m_resuming = resuming; }
    // The address name (slug) follows the title while the item is a draft whose slug nobody
    // typed: a title edit empties it, and the save makes it again from the title (unique). Once
    // the item is scheduled or published, or the person types a slug, it is kept.
    void linkSlugToTitle(QLineEdit *title, QLineEdit *slug, std::function<bool()> isDraft);
    // Whether the slug shown was made from the title (called when an item is shown).
    void slugShown(const QString &title, const QString &slug);
    // The journal entry of what the form holds (a new item gets its uuid here).
    virtual OfflineJournal::Entry journalEntry() = 0;

private:
    bool save(bool interactive);
    // Writes the form over whatever revision is stored now.
    Result<qint64> overwrite();
    void reloadInPlace();
    void showNewerVersion(const QString &text, bool deleted);
    void hideNewerVersion();
    void compare();
    void setModified(bool modified);
    void showStartOfFields();
    void keepOffline();
    void forgetOffline();
    void keepForRecovery();

    Store &m_store;
    QScrollArea *m_scroll = nullptr;
    QFormLayout *m_form = nullptr;
    QLabel *m_errors = nullptr;
    QLabel *m_origin = nullptr;
    QLabel *m_others = nullptr;
    QLabel *m_locked = nullptr;
    QString m_lockReason;
    QFrame *m_newer = nullptr;
    QLabel *m_newerText = nullptr;
    QList<QWidget *> m_newerChoices; // Compare, Keep mine, Load theirs: hidden for a deletion
    QHash<QString, QWidget *> m_fields;
    QTimer m_autosave;
    QTimer m_retry; // a save the server could not take is tried again
    ConflictResolver m_resolver;
    qint64 m_id = 0;
    bool m_hasItem = false;
    bool m_modified = false;
    bool m_loading = false;
    bool m_saving = false;
    bool m_readOnly = false;
    OfflineJournal *m_journal = nullptr;
    bool m_keptOffline = false;
    bool m_resuming = false; // resumeFrom() is loading the entry's item
    QUuid m_keptUuid; // the entry kept for the form
    bool m_slugFollows = true; // the slug is the title's until someone types one
    RecoveryJournal *m_recovery = nullptr;
    QTimer m_recoveryTimer;
    QUuid m_recoveryUuid; // the entry kept in m_recovery for the form
};

} // namespace Relais
