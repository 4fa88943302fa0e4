// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "editorwidgets.h"
#include <QStandardPaths>
#include <QPixmap>
#include <QLabel>
#include <QFileDialog>
#include "media/webimage.h"

#include "content/vocabulary.h"
#include "entitylistmodel.h"
#include "storage/store.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Relais {

SectionPicker::SectionPicker(QWidget *parent)
    : QWidget(parent)
{
    // Two columns: the editor pane stays narrow enough beside the list.
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (const Section &section : Vocabulary::sections()) {
        auto *box = new QCheckBox(section.title, this);
        box->setObjectName(QStringLiteral("section_") + section.slug);
        box->setProperty("slug", section.slug);
        connect(box, &QCheckBox::toggled, this, &SectionPicker::changed);
        layout->addWidget(box, int(m_boxes.size()) / 2, int(m_boxes.size()) % 2);
        m_boxes.append(box);
    }
    layout->setColumnStretch(2, 1);
}

QStringList SectionPicker::sections() const
{
    QStringList list;
    for (const QCheckBox *box : m_boxes) {
        if (box->isChecked())
            list.append(box->property("slug").toString());
    }
    return list;
}

void SectionPicker::setSections(const QStringList &sections)
{
    for (QCheckBox *box : std::as_const(m_boxes)) {
        const QSignalBlocker blocker(box);
        box->setChecked(sections.contains(box->property("slug").toString()));
    }
}

DateTimeField::DateTimeField(const QString &label, bool optional, QWidget *parent)
    : QWidget(parent)
    , m_zone(QTimeZone("Europe/Paris"))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    if (optional) {
        m_check = new QCheckBox(label, this);
        layout->addWidget(m_check);
        connect(m_check, &QCheckBox::toggled, this, [this](bool on) {
            m_edit->setEnabled(on);
            emit changed();
        });
    }
    m_edit = new QDateTimeEdit(this);
    m_edit->setCalendarPopup(true);
    m_edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy HH:mm"));
    m_edit->setEnabled(!optional);
    connect(m_edit, &QDateTimeEdit::dateTimeChanged, this, &DateTimeField::changed);
    layout->addWidget(m_edit, 1);
}

QDateTime DateTimeField::value() const
{
    if (m_check && !m_check->isChecked())
        return {};
    // The edit shows the wall-clock time of the site's time zone.
    const QDateTime shown = m_edit->dateTime();
    return QDateTime(shown.date(), shown.time(), m_zone).toUTC();
}

void DateTimeField::setSuggested(const QDateTime &utc)
{
    if (isOn() || !utc.isValid())
        return;
    const QSignalBlocker blockEdit(m_edit);
    const QDateTime local = utc.toTimeZone(m_zone);
    m_edit->setDateTime(QDateTime(local.date(), local.time()));
}

void DateTimeField::setValue(const QDateTime &utc)
{
    const QSignalBlocker blockEdit(m_edit);
    if (m_check) {
        const QSignalBlocker blockCheck(m_check);
        m_check->setChecked(utc.isValid());
        m_edit->setEnabled(utc.isValid());
    }
    const QDateTime local
        = utc.isValid() ? utc.toTimeZone(m_zone) : QDateTime::currentDateTime().toTimeZone(m_zone);
    QTime time = local.time();
    if (!utc.isValid())
        time = QTime(time.hour(), 0);
    m_edit->setDateTime(QDateTime(local.date(), time));
}

void DateTimeField::setDateOnly(bool dateOnly)
{
    m_edit->setDisplayFormat(
        dateOnly ? QStringLiteral("dd/MM/yyyy") : QStringLiteral("dd/MM/yyyy HH:mm"));
}

PublicationFields::PublicationFields(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusBox"));
    for (Status s : Vocabulary::statuses())
        m_status->addItem(Vocabulary::displayName(s), Vocabulary::toString(s));
    m_when = new DateTimeField(tr("Publication:"), true, this);
    m_when->setObjectName(QStringLiteral("publishAtField"));
    layout->addWidget(m_status);
    layout->addWidget(m_when, 1);
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        // Scheduling needs a time: offer one rather than failing at save.
        if (status() == Status::Scheduled && !m_when->value().isValid())
            m_when->checkBox()->setChecked(true);
        emit changed();
    });
    connect(m_when, &DateTimeField::changed, this, &PublicationFields::changed);
}

Status PublicationFields::status() const
{
    return Vocabulary::statusFromString(m_status->currentData().toString()).value_or(Status::Draft);
}

void PublicationFields::setStatus(Status status)
{
    const QSignalBlocker blocker(m_status);
    m_status->setCurrentIndex(m_status->findData(Vocabulary::toString(status)));
}

ContactPicker::ContactPicker(Store &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("contactList"));
    m_list->setFixedHeight(64);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    layout->addWidget(m_list);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add…"), this);
    auto *remove = new QPushButton(tr("Remove"), this);
    add->setObjectName(QStringLiteral("addContactButton"));
    remove->setObjectName(QStringLiteral("removeContactButton"));
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, &ContactPicker::addContact);
    connect(remove, &QPushButton::clicked, this, [this] {
        delete m_list->currentItem();
        emit changed();
    });
}

QList<QUuid> ContactPicker::contacts() const
{
    QList<QUuid> list;
    for (int i = 0; i < m_list->count(); ++i)
        list.append(m_list->item(i)->data(Qt::UserRole).toUuid());
    return list;
}

void ContactPicker::setContacts(const QList<QUuid> &contacts)
{
    m_list->clear();
    for (const QUuid &uuid : contacts)
        addItem(uuid);
}

void ContactPicker::addItem(const QUuid &uuid)
{
    auto contact = m_store.contacts().load(uuid);
    QString text = contact ? contact->displayName() : tr("(missing contact)");
    if (contact && !contact->name.isEmpty() && !contact->organization.isEmpty())
        text += QStringLiteral(" — ") + contact->organization;
    auto *item = new QListWidgetItem(EntityListModel::singleLine(text), m_list);
    item->setData(Qt::UserRole, uuid);
}

void ContactPicker::addContact()
{
    ContactChooserDialog dialog(m_store, this);
    if (dialog.exec() != QDialog::Accepted || dialog.chosen().isNull())
        return;
    if (contacts().contains(dialog.chosen()))
        return;
    addItem(dialog.chosen());
    emit changed();
}

ContactChooserDialog::ContactChooserDialog(Store &store, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Link a contact"));
    resize(520, 420);
    auto *layout = new QVBoxLayout(this);
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search name, organisation, e-mail…"));
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search);
    ContactRepository &contacts = store.contacts();
    m_model = new EntityListModel(
        ContactRepository::tableSpec().columns,
        [&contacts](
            const ListQuery &q, int offset, int limit) { return contacts.page(q, offset, limit); },
        [&contacts](
            const ListQuery &q) { return contacts.countUpTo(q, EntityListModel::CountCap); },
        this);
    ListQuery query;
    query.order = Qt::AscendingOrder;
    m_model->setQuery(query);
    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->hideColumn(m_model->columnOf(QStringLiteral("updated_at")));
    layout->addWidget(m_view, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!chosen().isNull())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_view, &QTableView::doubleClicked, this, &QDialog::accept);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        ListQuery q = m_model->query();
        q.search = text;
        m_model->setQuery(q);
        chooseFirst();
    });
    // Typing, then Return, links the match: the keyboard alone does it (issue 22).
    // (Return reaches the default button, OK.)
    m_search->installEventFilter(this);
    chooseFirst();
}

void ContactChooserDialog::chooseFirst()
{
    if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
    m_ok->setEnabled(m_view->currentIndex().isValid());
}

bool ContactChooserDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up || key == Qt::Key_PageDown
            || key == Qt::Key_PageUp) {
            QCoreApplication::sendEvent(m_view, event);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

QUuid ContactChooserDialog::chosen() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? m_model->data(index, EntityListModel::UuidRole).toUuid() : QUuid();
}

FeaturedImagePicker::FeaturedImagePicker(Store &store, PictureStore pictureStore, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_pictureStore(std::move(pictureStore))
{
    m_thumbnail = new QLabel(this);
    m_thumbnail->setFixedSize(96, 64);
    m_thumbnail->setAlignment(Qt::AlignCenter);
    m_thumbnail->setFrameShape(QFrame::StyledPanel);
    m_caption = new QLabel(this);
    m_caption->setWordWrap(true);
    m_caption->setObjectName(QStringLiteral("featuredCaption"));
    auto *chooseButton = new QPushButton(tr("Choose…"), this);
    chooseButton->setObjectName(QStringLiteral("featuredChoose"));
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setObjectName(QStringLiteral("featuredRemove"));
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(chooseButton);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_thumbnail);
    layout->addWidget(m_caption, 1);
    layout->addLayout(buttons);
    connect(chooseButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Featured Image"),
            QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
            tr("Pictures (*.jpg *.jpeg *.png *.gif *.webp)"));
        if (!path.isEmpty())
            choose(path);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        setImage({});
        emit changed();
    });
    showImage();
}

void FeaturedImagePicker::setImage(const QString &mediaName)
{
    m_name = mediaName;
    showImage();
}

bool FeaturedImagePicker::choose(const QString &path)
{
    auto bytes = WebImage::readFile(path);
    if (!bytes) {
        emit message(bytes.error().message);
        return false;
    }
    auto media = m_pictureStore(path, *bytes);
    if (!media) {
        emit message(media.error().message);
        return false;
    }
    setImage(media->name);
    emit changed();
    return true;
}

void FeaturedImagePicker::showImage()
{
    m_remove->setEnabled(!m_name.isEmpty());
    m_thumbnail->setPixmap({});
    if (m_name.isEmpty()) {
        m_thumbnail->setText(tr("None"));
        m_caption->setText(tr("Shown at the top of the article."));
        return;
    }
    auto media = m_store.media().byName(m_name);
    if (!media) {
        m_thumbnail->setText(tr("Missing"));
        m_caption->setText(media.error().message);
        return;
    }
    if (auto bytes = m_store.media().thumbnail(media->id)) {
        QPixmap pixmap;
        pixmap.loadFromData(*bytes);
        m_thumbnail->setPixmap(
            pixmap.scaled(m_thumbnail->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation));
    }
    m_caption->setText(media->alt.isEmpty()
            ? tr("%1 × %2 — no description: add one in the Media Library.")
                  .arg(media->width)
                  .arg(media->height)
            : tr("%1 × %2 — “%3”").arg(media->width).arg(media->height).arg(media->alt));
}

} // namespace Relais
