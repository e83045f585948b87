// The console executable: QApplication, translator, login, main window.
#include "client/agentsession.h"
#include "client/localcache.h"
#include "console/consolelog.h"
#include "console/credentialstore.h"
#include "console/inboxview.h"
#include "console/leadmode.h"
#include "console/leadpanel.h"
#include "console/logindialog.h"
#include "console/mainwindow.h"
#include "console/screenshot.h"
#include "console/templatepickerdialog.h"
#include "core/clock.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDockWidget>
#include <QEventLoop>
#include <QFile>
#include <QLibraryInfo>
#include <QSettings>
#include <QTextStream>
#include <QTimer>
#include <QTranslator>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Atendo;

namespace {

// The settings override wins; otherwise the OS's preferred languages, in order.
void installTranslators(QApplication& app, const QString& forced)
{
    const QString language = forced.isEmpty() ? QSettings().value(u"ui/language"_s).toString() : forced;
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    auto* ours = new QTranslator(&app);
    if (ours->load(locale, u"atendo"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(ours);
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

std::optional<RateCard> loadRateCard(const QString& path)
{
    QFile file(path.isEmpty() ? u":/console/ratecard.json"_s : path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    QString error;
    auto card = RateCard::fromJson(file.readAll(), &error);
    if (!card)
        qCWarning(lcConsole) << "rate card" << file.fileName() << "unreadable:" << error;
    return card;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Atendo"_s);
    QApplication::setApplicationName(u"atendo"_s);
    QApplication::setApplicationDisplayName(u"Atendo"_s);
    QApplication::setApplicationVersion(QStringLiteral(ATENDO_VERSION));
    QApplication::setDesktopFileName(u"org.atendo.Atendo"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Atendo: the agent's console for a WhatsApp Business number."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption serverOpt(u"server"_s, u"Server address (ws:// or wss://)."_s, u"url"_s);
    const QCommandLineOption userOpt(u"user"_s, u"Username."_s, u"name"_s);
    const QCommandLineOption passwordStdinOpt(
        u"password-stdin"_s, u"Read the password from standard input."_s);
    const QCommandLineOption languageOpt(u"language"_s, u"UI language (en, pt_BR, es)."_s, u"code"_s);
    const QCommandLineOption rateCardOpt(
        u"ratecard"_s, u"Rate card JSON for price estimates when the server sends none."_s, u"file"_s);
    const QCommandLineOption screenshotOpt(
        u"screenshot"_s, u"Grab the main window to this PNG and quit."_s, u"file"_s);
    const QCommandLineOption afterOpt(
        u"screenshot-after"_s, u"Delay before the grab (default 3000)."_s, u"ms"_s, u"3000"_s);
    const QCommandLineOption conversationOpt(
        u"conversation"_s, u"Open this conversation after login."_s, u"id"_s);
    const QCommandLineOption pickerOpt(
        u"template-picker"_s, u"Open the template picker (with --conversation)."_s);
    const QCommandLineOption noCacheOpt(u"no-cache"_s, u"Do not use the local cache."_s);
    const QCommandLineOption leadPanelOpt(u"lead-panel"_s,
        u"Team leads: show the lead panel alone on this tab (board, cost, charts); --screenshot grabs it."_s,
        u"tab"_s);
    parser.addOptions({serverOpt, userOpt, passwordStdinOpt, languageOpt, rateCardOpt, screenshotOpt,
        afterOpt, conversationOpt, pickerOpt, noCacheOpt, leadPanelOpt});
    parser.process(app);

    installTranslators(app, parser.value(languageOpt));

    SystemClock clock;
    AgentSession session(&clock);
    std::unique_ptr<LocalCache> cache;
    CredentialStore credentials;
    LoginDialog login(&session, &credentials);
    QObject::connect(&login, &LoginDialog::connecting, &login, [&](const QUrl& server, const QString& user) {
        if (parser.isSet(noCacheOpt))
            return;
        cache = std::make_unique<LocalCache>(LocalCache::defaultPath(server, user));
        session.setCache(cache->isOpen() ? cache.get() : nullptr);
    });
    login.loadSaved();
    if (parser.isSet(serverOpt))
        login.setServer(QUrl(parser.value(serverOpt)));
    if (parser.isSet(userOpt))
        login.setUsername(parser.value(userOpt));
    bool autoLogin = false;
    if (parser.isSet(passwordStdinOpt)) {
        QTextStream in(stdin);
        login.setPassword(in.readLine());
        login.setRemember(false);
        autoLogin = true;
    }
    if (autoLogin) {
        login.submit();
        QEventLoop wait;
        QObject::connect(&login, &QDialog::accepted, &wait, &QEventLoop::quit);
        QObject::connect(
            &session, &AgentSession::loginFailed, &wait, &QEventLoop::quit, Qt::QueuedConnection);
        QObject::connect(
            &session, &AgentSession::connectionFailed, &wait, &QEventLoop::quit, Qt::QueuedConnection);
        if (!login.isBusy() && login.result() != QDialog::Accepted)
            wait.quit();
        else
            wait.exec();
    }
    if (login.result() != QDialog::Accepted && login.exec() != QDialog::Accepted)
        return 1;

    MainWindow window(&session);
    window.setRateCard(loadRateCard(parser.value(rateCardOpt)));
    window.show();
    if (parser.isSet(conversationOpt)) {
        const qint64 id = parser.value(conversationOpt).toLongLong();
        QTimer::singleShot(300, &window, [&window, id, &parser, &pickerOpt] {
            if (!window.inboxView()->selectConversation(id))
                window.showConversation(id);
            if (parser.isSet(pickerOpt))
                window.openTemplatePicker();
        });
    }
    QWidget* grabbed = &window;
    if (parser.isSet(leadPanelOpt)) {
        const QStringList tabs {u"board"_s, u"cost"_s, u"charts"_s};
        const int tab = tabs.indexOf(parser.value(leadPanelOpt));
        if (tab < 0 || !window.leadMode()) {
            qCWarning(lcConsole) << "--lead-panel needs a team lead's login and one of" << tabs;
            return 1;
        }
        window.leadMode()->showPanelAlone(tab, QSize(1280, 800));
        grabbed = window.leadMode()->dock();
    }
    if (parser.isSet(screenshotOpt))
        Screenshot::grabLater(grabbed, parser.value(screenshotOpt), parser.value(afterOpt).toInt());
    return QApplication::exec();
}
