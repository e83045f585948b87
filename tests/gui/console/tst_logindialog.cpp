#include "client/agentsession.h"
#include "console/credentialstore.h"
#include "console/logindialog.h"
#include "core/clock.h"

#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>

using namespace Atendo;

class TestLoginDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void wrongPasswordAndVersionMismatchReadClearly()
    {
        QCOMPARE(LoginDialog::describeLoginFailure(Protocol::ErrorCode::Unauthenticated, QString()),
            QStringLiteral("Wrong username or password."));
        QVERIFY(LoginDialog::describeLoginFailure(Protocol::ErrorCode::VersionMismatch, QString())
                    .contains(QStringLiteral("protocol version")));
    }

    void tlsProblemsAreNamed()
    {
        const QString text = LoginDialog::describeConnectionFailure(
            QUrl(QStringLiteral("wss://desk.example:7730/")), QStringLiteral("SSL handshake failed"));
        QVERIFY(text.contains(QStringLiteral("(TLS)")));
        QVERIFY(text.contains(QStringLiteral("desk.example:7730")));
    }

    void unreachableServerIsReported()
    {
        // A port that was just free: nothing listens there any more.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();

        SystemClock clock;
        AgentSession session(&clock);
        CredentialStore credentials;
        LoginDialog dialog(&session, &credentials);
        dialog.setServer(QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(port)));
        dialog.setUsername(QStringLiteral("maria"));
        dialog.setPassword(QStringLiteral("x"));
        QSignalSpy failed(&session, &AgentSession::connectionFailed);
        dialog.submit();
        QVERIFY(dialog.isBusy());
        QVERIFY(failed.wait(10000));
        QTRY_VERIFY(!dialog.isBusy());
        QVERIFY2(dialog.errorText().startsWith(QStringLiteral("Cannot reach the server at 127.0.0.1:")),
            qPrintable(dialog.errorText()));
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }

    void missingFieldsAreAskedFor()
    {
        SystemClock clock;
        AgentSession session(&clock);
        CredentialStore credentials;
        LoginDialog dialog(&session, &credentials);
        dialog.setServer(QUrl(QStringLiteral("ws://127.0.0.1:1/")));
        dialog.submit();
        QVERIFY(!dialog.isBusy());
        QCOMPARE(dialog.errorText(), QStringLiteral("Enter your username and password."));
    }

    void rememberedPasswordStaysWithItsUser()
    {
        QSettings settings;
        settings.setValue(QStringLiteral("login/server"), QStringLiteral("ws://127.0.0.1:1/"));
        settings.setValue(QStringLiteral("login/username"), QStringLiteral("maria"));
        settings.setValue(QStringLiteral("login/remember"), true);
        SystemClock clock;
        AgentSession session(&clock);
        CredentialStore credentials;
        LoginDialog dialog(&session, &credentials);
        auto* password = dialog.findChild<QLineEdit*>(QStringLiteral("passwordEdit"));
        QVERIFY(password);
        dialog.loadSaved();
        Q_EMIT credentials.loaded(QStringLiteral("maria-secret")); // the keychain answers
        QCOMPARE(password->text(), QStringLiteral("maria-secret"));

        dialog.setUsername(QStringLiteral("lucas")); // e.g. --user lucas on the same desk
        QVERIFY(password->text().isEmpty());
        Q_EMIT credentials.loaded(QStringLiteral("maria-secret")); // a late answer for maria
        QVERIFY(password->text().isEmpty());

        // A password given for lucas stays when nothing is switched.
        dialog.setPassword(QStringLiteral("lucas-secret"));
        dialog.setUsername(QStringLiteral("lucas"));
        QCOMPARE(password->text(), QStringLiteral("lucas-secret"));
        settings.clear();
    }

    void keychainKeyNamesServerAndUser()
    {
        QCOMPARE(CredentialStore::keyFor(
                     QUrl(QStringLiteral("wss://desk.example:7730/")), QStringLiteral("maria")),
            QStringLiteral("maria@wss://desk.example:7730"));
    }
};

QTEST_MAIN(TestLoginDialog)
#include "tst_logindialog.moc"
