// SPDX-FileCopyrightText: 2026 Relais developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "previewpane.h"

#include <QBuffer>
#include <QButtonGroup>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QMimeDatabase>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineSettings>
#include <QWebEngineUrlRequestInterceptor>
#include <QWebEngineUrlRequestJob>
#include <QWebEngineUrlScheme>
#include <QWebEngineUrlSchemeHandler>
#include <QWebEngineView>

#include <utility>

namespace Relais {

namespace {

const QByteArray SchemeName = QByteArrayLiteral("relais-preview");
const QString Host = QStringLiteral("site");

} // namespace

// Serves the page being previewed and its files (stylesheet, pictures) from memory.
class PreviewSchemeHandler : public QWebEngineUrlSchemeHandler
{
public:
    using QWebEngineUrlSchemeHandler::QWebEngineUrlSchemeHandler;

    QHash<QString, QByteArray> files;

    void requestStarted(QWebEngineUrlRequestJob *job) override
    {
        const QUrl url = job->requestUrl();
        if (url.host() != Host || job->requestMethod() != "GET") {
            job->fail(QWebEngineUrlRequestJob::RequestDenied);
            return;
        }
        QString path = url.path().mid(1);
        if (path.isEmpty() || path.endsWith(QLatin1Char('/')))
            path += QStringLiteral("index.html");
        const auto it = files.constFind(path);
        if (it == files.constEnd()) {
            job->fail(QWebEngineUrlRequestJob::UrlNotFound);
            return;
        }
        auto *buffer = new QBuffer(job);
        buffer->setData(*it);
        buffer->open(QIODevice::ReadOnly);
        QByteArray mime
            = m_mimes.mimeTypeForFile(path, QMimeDatabase::MatchExtension).name().toLatin1();
        if (mime.startsWith("text/") || mime.endsWith("xml"))
            mime += ";charset=utf-8";
        job->reply(mime, buffer);
    }

private:
    QMimeDatabase m_mimes;
};

// Nothing leaves the machine: every request but the app's own scheme is blocked.
class PreviewInterceptor : public QWebEngineUrlRequestInterceptor
{
public:
    using QWebEngineUrlRequestInterceptor::QWebEngineUrlRequestInterceptor;
    int blocked = 0;

    void interceptRequest(QWebEngineUrlRequestInfo &info) override
    {
        if (info.requestUrl().scheme().toLatin1() != SchemeName) {
            ++blocked;
            info.block(true);
        }
    }
};

namespace {

// Loads only what the pane asks for; a link clicked in the page is reported, not followed.
class PreviewPage : public QWebEnginePage
{
public:
    PreviewPage(QWebEngineProfile *profile, PreviewPane *pane)
        : QWebEnginePage(profile, pane)
        , m_pane(pane)
    { }

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override
    {
        if (type == NavigationTypeTyped && isMainFrame && url.scheme().toLatin1() == SchemeName)
            return true;
        if (isMainFrame)
            emit m_pane->linkRefused(url);
        return false;
    }
    QWebEnginePage *createWindow(WebWindowType) override { return nullptr; }
    void javaScriptConsoleMessage(
        JavaScriptConsoleMessageLevel, const QString &, int, const QString &) override
    { }

private:
    PreviewPane *m_pane;
};

} // namespace

void PreviewPane::registerScheme()
{
    QWebEngineUrlScheme scheme(SchemeName);
    scheme.setSyntax(QWebEngineUrlScheme::Syntax::Host);
    scheme.setFlags(QWebEngineUrlScheme::SecureScheme | QWebEngineUrlScheme::LocalScheme
        | QWebEngineUrlScheme::LocalAccessAllowed);
    QWebEngineUrlScheme::registerScheme(scheme);
}

PreviewPane::PreviewPane(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("previewPane"));
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 2);
    auto makeButton = [this, bar](const QString &text, const QString &tip) {
        auto *b = new QToolButton(this);
        b->setText(text);
        b->setToolTip(tip);
        b->setAutoRaise(true);
        bar->addWidget(b);
        return b;
    };
    m_title = new QLabel(tr("Preview"), this);
    m_title->setStyleSheet(QStringLiteral("font-weight: bold"));
    bar->addWidget(m_title);
    bar->addStretch();
    m_desktop = makeButton(tr("Desktop"),
        tr("The page as a computer's browser shows it (%1 pixels wide), scaled to the pane")
            .arg(DesktopWidth));
    m_phone = makeButton(
        tr("Phone"), tr("The page as a phone shows it (%1 pixels wide)").arg(PhoneWidth));
    m_desktop->setObjectName(QStringLiteral("previewDesktop"));
    m_phone->setObjectName(QStringLiteral("previewPhone"));
    for (QToolButton *b : { m_desktop, m_phone })
        b->setCheckable(true);
    auto *group = new QButtonGroup(this);
    group->addButton(m_desktop);
    group->addButton(m_phone);
    m_desktop->setChecked(true);
    connect(m_desktop, &QToolButton::clicked, this, [this] { setWidthMode(Width::Desktop); });
    connect(m_phone, &QToolButton::clicked, this, [this] { setWidthMode(Width::Phone); });
    m_browser = makeButton(tr("Open in Browser"), tr("Open this page in the system's web browser"));
    m_browser->setObjectName(QStringLiteral("previewOpenInBrowser"));
    connect(m_browser, &QToolButton::clicked, this, &PreviewPane::openInBrowserRequested);

    m_message = new QLabel(this);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("previewMessage"));
    m_frame = new QWidget(this);
    m_frame->setObjectName(QStringLiteral("previewFrame"));
    m_frame->setStyleSheet(QStringLiteral("#previewFrame { background: palette(mid); }"));
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_message);
    m_stack->addWidget(m_frame);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);
    showMessage(tr("Open an article or an agenda entry to see its page."));
}

PreviewPane::~PreviewPane()
{
    // Deleting the page ends its load, which would report an update to an owner that is being
    // destroyed too (its members already gone): nobody hears from a pane on its way out.
    blockSignals(true);
    if (m_view) {
        // A page deleted while loading reports the load finished, and our handler would start
        // the next update on a view that is going: no more calls from the page. Then the view
        // first, while it still has its page (a view left without one makes a new page when
        // it is hidden on its way out, which crashed in QWidgetPrivate::reparentFocusWidgets
        // now and then on a loaded machine), then the page, which must go before its profile.
        QWebEnginePage *page = m_view->page();
        page->disconnect(this);
        delete std::exchange(m_view, nullptr);
        delete page;
    }
    delete m_profile;
}

void PreviewPane::createView()
{
    m_profile = new QWebEngineProfile(this); // off the record: nothing kept on disk
    m_profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    m_profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    m_profile->setSpellCheckEnabled(false);
    m_handler = new PreviewSchemeHandler(this);
    m_interceptor = new PreviewInterceptor(this);
    m_profile->installUrlSchemeHandler(SchemeName, m_handler);
    m_profile->setUrlRequestInterceptor(m_interceptor);

    m_view = new QWebEngineView(m_frame);
    auto *frameLayout = new QHBoxLayout(m_frame);
    frameLayout->setContentsMargins(0, 0, 0, 0);
    frameLayout->addWidget(m_view);
    m_view->setObjectName(QStringLiteral("previewView"));
    m_view->setContextMenuPolicy(Qt::NoContextMenu);
    auto *page = new PreviewPage(m_profile, this);
    QWebEngineSettings *s = page->settings();
    s->setAttribute(QWebEngineSettings::JavascriptEnabled, false); // page scripts: never
    s->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, false);
    s->setAttribute(QWebEngineSettings::JavascriptCanAccessClipboard, false);
    s->setAttribute(QWebEngineSettings::LocalStorageEnabled, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
    s->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    s->setAttribute(QWebEngineSettings::PdfViewerEnabled, false);
    s->setAttribute(QWebEngineSettings::WebGLEnabled, false);
    s->setAttribute(QWebEngineSettings::DnsPrefetchEnabled, false);
    s->setAttribute(QWebEngineSettings::HyperlinkAuditingEnabled, false);
    s->setAttribute(QWebEngineSettings::NavigateOnDropEnabled, false);
    s->setAttribute(QWebEngineSettings::FocusOnNavigationEnabled, false);
    m_view->setPage(page);
    m_view->setAcceptDrops(false);
    connect(page, &QWebEnginePage::loadFinished, this, [this](bool) {
        m_loaded = true;
        finishUpdate();
    });
    applyWidth();
}

QUrl PreviewPane::pageUrl() const
{
    QUrl url;
    url.setScheme(QString::fromLatin1(SchemeName));
    url.setHost(Host);
    url.setPath(QLatin1Char('/') + m_onScreen.page);
    return url;
}

int PreviewPane::blockedRequests() const
{
    return m_interceptor ? m_interceptor->blocked : 0;
}

QByteArray PreviewPane::head(const QByteArray &html)
{
    const qsizetype at = html.indexOf("<body");
    return at < 0 ? html : html.left(at);
}

QByteArray PreviewPane::body(const QByteArray &html)
{
    qsizetype start = html.indexOf("<body");
    if (start < 0)
        return {};
    start = html.indexOf('>', start);
    const qsizetype end = html.lastIndexOf("</body>");
    if (start < 0 || end < start)
        return {};
    return html.mid(start + 1, end - start - 1);
}

void PreviewPane::setPreview(const PagePreview &preview, const QElapsedTimer &since)
{
    m_latest = preview;
    m_latestSince = since;
    if (!m_view)
        createView();
    m_stack->setCurrentWidget(m_frame);
    if (m_pending) {
        m_queued = true; // applied when the running update is on screen
        return;
    }
    apply();
}

void PreviewPane::apply()
{
    if (!m_view)
        return;
    const PagePreview before = m_onScreen;
    m_onScreen = m_latest;
    if (m_latestSince.isValid())
        m_since = m_latestSince;
    else
        m_since.start();
    m_pending = true;
    m_handler->files = m_onScreen.files;
    const QByteArray html = m_onScreen.pageBytes();
    bool samePage = m_loaded && before.page == m_onScreen.page
        && head(before.pageBytes()) == head(html) && before.files.size() == m_onScreen.files.size();
    for (auto it = m_onScreen.files.cbegin(); samePage && it != m_onScreen.files.cend(); ++it) {
        if (it.key() != m_onScreen.page && before.files.value(it.key()) != it.value())
            samePage = false;
    }
    if (!samePage) {
        m_loaded = false;
        m_view->page()->load(pageUrl());
        return;
    }
    // Same page, same stylesheet: replace the body in place, so the scroll position stays.
    // The script runs in the application's own world; the page's scripts stay off.
    const QString content = QString::fromUtf8(body(html));
    QString literal
        = QString::fromUtf8(QJsonDocument(QJsonArray { content }).toJson(QJsonDocument::Compact));
    literal = literal.mid(1, literal.size() - 2);
    const QString script = QStringLiteral("document.body.innerHTML = %1; 1;").arg(literal);
    m_view->page()->runJavaScript(script, QWebEngineScript::ApplicationWorld,
        [self = QPointer<PreviewPane>(this)](const QVariant &) {
            if (self)
                self->finishUpdate();
        });
}

void PreviewPane::finishUpdate()
{
    if (!m_pending)
        return;
    m_pending = false;
    m_lastUpdateMs = int(m_since.elapsed());
    emit updated(m_lastUpdateMs);
    if (m_queued) {
        m_queued = false;
        apply();
    }
}

void PreviewPane::showMessage(const QString &text)
{
    m_message->setText(text);
    m_stack->setCurrentWidget(m_message);
}

void PreviewPane::setControlsVisible(bool visible)
{
    for (QToolButton *button : { m_desktop, m_phone, m_browser })
        button->setVisible(visible);
    m_title->setVisible(visible);
}

void PreviewPane::setWidthMode(Width width)
{
    const bool changed = m_width != width;
    m_width = width;
    if (width != Width::Fit)
        (width == Width::Phone ? m_phone : m_desktop)->setChecked(true);
    applyWidth();
    if (changed)
        emit widthModeChanged(width);
}

void PreviewPane::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    applyWidth();
}

void PreviewPane::applyWidth()
{
    if (!m_view)
        return;
    const int available = m_frame->width();
    if (m_width == Width::Phone) {
        m_frame->layout()->setAlignment(m_view, Qt::AlignHCenter);
        m_view->setFixedWidth(qMin(PhoneWidth, available));
        m_view->setZoomFactor(1.0);
    } else {
        m_frame->layout()->setAlignment(m_view, Qt::Alignment());
        m_view->setMinimumWidth(0);
        m_view->setMaximumWidth(QWIDGETSIZE_MAX);
        // A desktop page scaled down to the pane; at least half size, to stay readable.
        m_view->setZoomFactor(
            m_width == Width::Fit ? 1.0 : qBound(0.5, double(available) / DesktopWidth, 1.0));
    }
}

} // namespace Relais
