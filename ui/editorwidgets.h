// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/entities.h"
#include "result.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDialog>
#include <QList>
#include <QTimeZone>
#include <QUuid>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QPushButton;
class QLineEdit;
class QListWidget;
class QTableView;

namespace Relais {

class EntityListModel;
class Store;

// Check boxes for the sections of the site.
class SectionPicker : public QWidget
{
    Q_OBJECT

public:
    explicit SectionPicker(QWidget *parent = nullptr);
    QStringList sections() const;
    void setSections(const QStringList &sections);

signals:
    void changed();

private:
    QList<QCheckBox *> m_boxes;
};

// A date and time shown in the site's time zone, or none. Values are UTC.
class DateTimeField : public QWidget
{
    Q_OBJECT

public:
    explicit DateTimeField(const QString &label, bool optional, QWidget *parent = nullptr);
    QDateTime value() const;
    void setValue(const QDateTime &utc);
    // The time the edit shows while an optional field is off (what ticking it starts from);
    // the field stays off and value() invalid.
    void setSuggested(const QDateTime &utc);
    bool isOn() const { return !m_check || m_check->isChecked(); }
    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }
    void setDateOnly(bool dateOnly);
    QDateTimeEdit *editor() const { return m_edit; }
    QCheckBox *checkBox() const { return m_check; }

signals:
    void changed();

private:
    QCheckBox *m_check = nullptr;
    QDateTimeEdit *m_edit = nullptr;
    QTimeZone m_zone;
};

// The status of an item and when it goes public.
class PublicationFields : public QWidget
{
    Q_OBJECT

public:
    explicit PublicationFields(QWidget *parent = nullptr);
    Status status() const;
    void setStatus(Status status);
    QDateTime publishAt() const { return m_when->value(); }
    void setPublishAt(const QDateTime &utc) { m_when->setValue(utc); }
    QComboBox *statusBox() const { return m_status; }
    DateTimeField *whenField() const { return m_when; }

signals:
    void changed();

private:
    QComboBox *m_status = nullptr;
    DateTimeField *m_when = nullptr;
};

// The contacts linked to an article or agenda entry, with buttons to add and remove.
class ContactPicker : public QWidget
{
    Q_OBJECT

public:
    ContactPicker(Store &store, QWidget *parent = nullptr);
    QList<QUuid> contacts() const;
    void setContacts(const QList<QUuid> &contacts);

signals:
    void changed();

private:
    void addContact();
    void addItem(const QUuid &uuid);

    Store &m_store;
    QListWidget *m_list = nullptr;
};

// The featured image of an article: a thumbnail with its description, Choose… (a file, to the
// media store) and Remove.
class FeaturedImagePicker : public QWidget
{
    Q_OBJECT

public:
    using PictureStore
        = std::function<Result<Media>(const QString &fileName, const QByteArray &bytes)>;

    // pictureStore stores a chosen file (the editor's, which asks for a description).
    FeaturedImagePicker(Store &store, PictureStore pictureStore, QWidget *parent = nullptr);
    QString image() const { return m_name; }
    void setImage(const QString &mediaName);
    // Stores the file and makes it the featured image; false (and a message) when it is not
    // a picture Relais can use.
    bool choose(const QString &path);

signals:
    void changed();
    void message(const QString &text);

private:
    void showImage();

    Store &m_store;
    PictureStore m_pictureStore;
    QString m_name;
    QLabel *m_thumbnail = nullptr;
    QLabel *m_caption = nullptr;
    QPushButton *m_remove = nullptr;
};

// Picks one contact from the address book, searching as you type.
class ContactChooserDialog : public QDialog
{
    Q_OBJECT

public:
    ContactChooserDialog(Store &store, QWidget *parent = nullptr);
    QUuid chosen() const;
    QLineEdit *searchEdit() const { return m_search; }

protected:
    // Up, Down, Page Up and Page Down in the search field move in the list.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // The first match is the one chosen until the person picks another.
    void chooseFirst();

    QPushButton *m_ok = nullptr;
    EntityListModel *m_model = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_view = nullptr;
};

} // namespace Relais
