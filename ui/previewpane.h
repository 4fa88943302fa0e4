// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/pagepreview.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QUrl>
#include <QWidget>

class QLabel;
class QStackedWidget;
class QToolButton;
class QWebEngineProfile;
class QWebEngineView;

namespace Relais {

class PreviewSchemeHandler;
class PreviewInterceptor;

// The page of the item being edited, as visitors' browsers will show it: Qt WebEngine
// (Chromium) loads it from the app's own URL scheme, never from the network. The view is
// locked down: a request interceptor blocks every other scheme, page JavaScript is off,
// navigation away is refused, the profile keeps nothing on disk. While the editor types,
// the new body is pushed into the open page (keeping the scroll position) instead of
// reloading it. The web engine starts when the first page is shown, not with the window.
class PreviewPane : public QWidget
{
    Q_OBJECT

public:
    static constexpr const char *Scheme = "relais-preview";
    // Must run before the QApplication is made (Qt WebEngine's rule for custom schemes).
    static void registerScheme();

    // Fit: the pane's own width at 100 % (pages made for the pane, such as a submission's review).
    enum class Width { Desktop, Phone, Fit };
    // The width of a desktop page, scaled down to the pane.
    static constexpr int DesktopWidth = 1280;
    static constexpr int PhoneWidth = 390;

    explicit PreviewPane(QWidget *parent = nullptr);
    ~PreviewPane() override;

    // Shows page (replacing what is shown), with the files it needs. since, when valid, is when the
    // caller started making the page: the update's time (lastUpdateMs) counts from there.
    void setPreview(const PagePreview &preview, const QElapsedTimer &since = {});
    // Shows a message instead of a page (no item, a contact, a render error).
    void showMessage(const QString &text);

    void setWidthMode(Width width);
    // The Desktop / Phone / Open in Browser buttons (hidden where the page is not a site page).
    void setControlsVisible(bool visible);
    Width widthMode() const { return m_width; }

    QWebEngineView *view() const { return m_view; }
    QUrl pageUrl() const;
    // Requests to anything but the app's scheme that the interceptor blocked.
    int blockedRequests() const;
    // Milliseconds from setPreview() (or its since) to the page on screen, for the last update.
    int lastUpdateMs() const { return m_lastUpdateMs; }
    // True while a load or a pushed update has not finished.
    bool isUpdating() const { return m_pending; }

signals:
    // The page shown has the content of the last setPreview(): loaded or pushed.
    void updated(int milliseconds);
    void openInBrowserRequested();
    void widthModeChanged(Width width);
    // A link clicked in the preview is not followed; the window says where it goes.
    void linkRefused(const QUrl &url);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void createView();
    void applyWidth();
    void apply();
    void finishUpdate();
    static QByteArray head(const QByteArray &html);
    static QByteArray body(const QByteArray &html);

    QLabel *m_title = nullptr;
    QToolButton *m_desktop = nullptr;
    QToolButton *m_phone = nullptr;
    QToolButton *m_browser = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_message = nullptr;
    QWidget *m_frame = nullptr;
    QWebEngineProfile *m_profile = nullptr;
    QWebEngineView *m_view = nullptr;
    PreviewSchemeHandler *m_handler = nullptr;
    PreviewInterceptor *m_interceptor = nullptr;
    PagePreview m_latest; // what setPreview() was given last
    PagePreview m_onScreen; // what the page shows or is loading
    bool m_loaded = false;
    bool m_pending = false;
    bool m_queued = false;
    Width m_width = Width::Desktop;
    QElapsedTimer m_since;
    QElapsedTimer m_latestSince;
    int m_lastUpdateMs = -1;
};

} // namespace Relais
