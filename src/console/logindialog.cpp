#include "console/logindialog.h"

#include "client/agentsession.h"
#include "console/consoletext.h"
#include "console/credentialstore.h"
#include "console/themecolors.h"
#include "ui_logindialog.h"

#include <QGuiApplication>
#include <QPushButton>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace Atendo {

LoginDialog::LoginDialog(AgentSession* session, CredentialStore* credentials, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::LoginDialog>())
    , m_session(session)
    , m_credentials(credentials)
{
    m_ui->setupUi(this);
    m_login = m_ui->buttonBox->addButton(tr("Log in"), QDialogButtonBox::AcceptRole);
    m_login->setDefault(true);
    m_login->setObjectName(u"loginButton"_s);
    QPalette pal = m_ui->errorLabel->palette();
    pal.setColor(QPalette::WindowText, ThemeColors::danger(QGuiApplication::palette()));
    m_ui->errorLabel->setPalette(pal);
    m_ui->errorLabel->hide();

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &LoginDialog::submit);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, [this] {
        if (m_busy)
            m_session->logout();
        reject();
    });
    connect(m_session, &AgentSession::stateChanged, this, [this](AgentSession::State state) {
        if (m_busy && state == AgentSession::State::Online)
            onOnline();
    });
    connect(m_session, &AgentSession::loginFailed, this,
        [this](Protocol::ErrorCode code, const QString& message) {
            if (m_busy)
                showError(describeLoginFailure(code, message));
        });
    connect(m_session, &AgentSession::connectionFailed, this, [this](const QString& message) {
        if (m_busy)
            showError(describeConnectionFailure(server(), message));
    });
    connect(m_credentials, &CredentialStore::loaded, this, [this](const QString& password) {
        // Only the saved user's own password, and never over one typed meanwhile.
        if (m_ui->passwordEdit->text().isEmpty() && !m_savedUser.isEmpty() && username() == m_savedUser) {
            m_ui->passwordEdit->setText(password);
            m_passwordFromKeychain = true;
        }
    });
    connect(m_ui->usernameEdit, &QLineEdit::textChanged, this, [this] {
        // A remembered password belongs to its user: switching user (another
        // agent on a shared desk, `--user lucas`) must not carry it over.
        if (m_passwordFromKeychain && username() != m_savedUser) {
            m_ui->passwordEdit->clear();
            m_passwordFromKeychain = false;
        }
    });
    connect(m_ui->passwordEdit, &QLineEdit::textEdited, this, [this] { m_passwordFromKeychain = false; });
}

LoginDialog::~LoginDialog() = default;

void LoginDialog::setServer(const QUrl& url)
{
    m_ui->serverEdit->setText(url.toString());
}

void LoginDialog::setUsername(const QString& username)
{
    m_ui->usernameEdit->setText(username);
}

void LoginDialog::setPassword(const QString& password)
{
    m_passwordFromKeychain = false;
    m_ui->passwordEdit->setText(password);
}

void LoginDialog::setRemember(bool remember)
{
    m_ui->rememberCheck->setChecked(remember);
}

QUrl LoginDialog::server() const
{
    QString text = m_ui->serverEdit->text().trimmed();
    if (!text.isEmpty() && !text.contains(u"://"_s))
        text.prepend(u"ws://"_s);
    return QUrl::fromUserInput(text);
}

QString LoginDialog::username() const
{
    return m_ui->usernameEdit->text().trimmed();
}

QString LoginDialog::errorText() const
{
    return m_ui->errorLabel->isHidden() ? QString() : m_ui->errorLabel->text();
}

void LoginDialog::loadSaved()
{
    QSettings settings;
    const QUrl url(settings.value(u"login/server"_s).toString());
    const QString user = settings.value(u"login/username"_s).toString();
    const bool remember = settings.value(u"login/remember"_s, false).toBool();
    if (url.isValid() && m_ui->serverEdit->text().isEmpty())
        setServer(url);
    if (!user.isEmpty() && m_ui->usernameEdit->text().isEmpty())
        setUsername(user);
    setRemember(remember);
    if (remember && url.isValid() && !user.isEmpty()) {
        m_savedUser = user;
        m_credentials->load(url, user);
    }
}

QString LoginDialog::describeLoginFailure(Protocol::ErrorCode code, const QString& serverMessage)
{
    switch (code) {
    case Protocol::ErrorCode::Unauthenticated:
    case Protocol::ErrorCode::Forbidden:
        return tr("Wrong username or password.");
    case Protocol::ErrorCode::VersionMismatch:
        return tr("This console does not speak the server's protocol version. Please install the Atendo "
                  "version your server runs.");
    case Protocol::ErrorCode::RateLimited:
        return tr("Too many login attempts. Wait a minute and try again.");
    default:
        break;
    }
    return serverMessage.isEmpty() ? ConsoleText::error(code)
                                   : tr("%1 (%2)").arg(ConsoleText::error(code), serverMessage);
}

QString LoginDialog::describeConnectionFailure(const QUrl& server, const QString& socketMessage)
{
    const QString lower = socketMessage.toLower();
    const QString where = server.host() + (server.port() > 0 ? u":%1"_s.arg(server.port()) : QString());
    if (lower.contains(u"ssl"_s) || lower.contains(u"tls"_s) || lower.contains(u"certificate"_s)
        || lower.contains(u"handshake"_s)) {
        return tr("The secure connection to %1 failed (TLS): %2. Check the address (wss://) and the server's "
                  "certificate.")
            .arg(where, socketMessage);
    }
    if (lower.contains(u"host not found"_s) || lower.contains(u"not found"_s))
        return tr("The server %1 was not found. Check the address.").arg(where);
    return tr("Cannot reach the server at %1: %2. Check the address and your network.")
        .arg(where, socketMessage);
}

void LoginDialog::submit()
{
    if (m_busy)
        return;
    const QUrl url = server();
    if (!url.isValid() || url.host().isEmpty()) {
        showError(tr("Enter the server address, e.g. wss://atendo.example.com:7730/."));
        return;
    }
    if (username().isEmpty() || m_ui->passwordEdit->text().isEmpty()) {
        showError(tr("Enter your username and password."));
        return;
    }
    m_ui->errorLabel->hide();
    setBusy(true);
    Q_EMIT connecting(url, username());
    m_session->connectToServer(url, username(), m_ui->passwordEdit->text());
}

void LoginDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_login->setEnabled(!busy);
    m_login->setText(busy ? tr("Logging in…") : tr("Log in"));
    m_ui->serverEdit->setEnabled(!busy);
    m_ui->usernameEdit->setEnabled(!busy);
    m_ui->passwordEdit->setEnabled(!busy);
}

void LoginDialog::showError(const QString& message)
{
    setBusy(false);
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->show();
    m_ui->passwordEdit->setFocus();
}

void LoginDialog::onOnline()
{
    setBusy(false);
    QSettings settings;
    settings.setValue(u"login/server"_s, server().toString());
    settings.setValue(u"login/username"_s, username());
    const bool remember = m_ui->rememberCheck->isChecked();
    settings.setValue(u"login/remember"_s, remember);
    if (remember)
        m_credentials->save(server(), username(), m_ui->passwordEdit->text());
    else
        m_credentials->forget(server(), username());
    m_ui->passwordEdit->clear();
    accept();
}

} // namespace Atendo
