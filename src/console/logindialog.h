#pragma once

#include "protocol/errorcode.h"

#include <QDialog>
#include <QUrl>

#include <memory>

namespace Ui {
class LoginDialog;
}

namespace Atendo {

class AgentSession;
class CredentialStore;

// Server address, username, password and "remember me". Logs in through the
// AgentSession and stays open with a clear message when that fails: wrong
// password, server unreachable, TLS problem, protocol version mismatch.
class LoginDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoginDialog)

public:
    LoginDialog(AgentSession* session, CredentialStore* credentials, QWidget* parent = nullptr);
    ~LoginDialog() override;

    void setServer(const QUrl& url);
    void setUsername(const QString& username);
    void setPassword(const QString& password);
    void setRemember(bool remember);
    [[nodiscard]] QUrl server() const;
    [[nodiscard]] QString username() const;
    [[nodiscard]] QString errorText() const;
    [[nodiscard]] bool isBusy() const { return m_busy; }

    // Fills the fields from settings and, when remembered, the keychain.
    void loadSaved();

    [[nodiscard]] static QString describeLoginFailure(Protocol::ErrorCode code, const QString& serverMessage);
    [[nodiscard]] static QString describeConnectionFailure(const QUrl& server, const QString& socketMessage);

public Q_SLOTS:
    void submit();

Q_SIGNALS:
    // Just before the session connects: the moment to give it the right local cache.
    void connecting(const QUrl& server, const QString& username);

private:
    void setBusy(bool busy);
    void showError(const QString& message);
    void onOnline();

    std::unique_ptr<Ui::LoginDialog> m_ui;
    AgentSession* m_session;
    CredentialStore* m_credentials;
    QPushButton* m_login;
    bool m_busy {false};
    QString m_savedUser; // whose password the keychain was asked for
    bool m_passwordFromKeychain {false};
};

} // namespace Atendo
