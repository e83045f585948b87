#pragma once

#include <QObject>
#include <QUrl>

namespace Atendo {

// "Remember me": the password goes to the OS keychain (QtKeychain: Secret
// Service, macOS Keychain, Windows Credential Manager), never into QSettings.
// Only the server address and username are kept in settings. Asynchronous, as
// keychains may ask the user to unlock them.
class CredentialStore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialStore)

public:
    explicit CredentialStore(QObject* parent = nullptr);

    // The keychain entry's key: one password per server and username.
    [[nodiscard]] static QString keyFor(const QUrl& server, const QString& username);

    void save(const QUrl& server, const QString& username, const QString& password);
    void load(const QUrl& server, const QString& username);
    void forget(const QUrl& server, const QString& username);

Q_SIGNALS:
    void loaded(const QString& password);
    // The keychain is locked, missing or refused; the message is for the log/status.
    void failed(const QString& message);
};

} // namespace Atendo
