#include "console/credentialstore.h"

#include "console/consolelog.h"

#include <qt6keychain/keychain.h>

namespace Atendo {

namespace {
const QString Service = QStringLiteral("Atendo");
}

CredentialStore::CredentialStore(QObject* parent) : QObject(parent)
{ }

QString CredentialStore::keyFor(const QUrl& server, const QString& username)
{
    return username + QLatin1Char('@')
        + server.toString(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
}

void CredentialStore::save(const QUrl& server, const QString& username, const QString& password)
{
    auto* job = new QKeychain::WritePasswordJob(Service, this);
    job->setKey(keyFor(server, username));
    job->setTextData(password);
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job* done) {
        if (done->error() != QKeychain::NoError) {
            qCWarning(lcConsole) << "keychain write failed:" << done->errorString();
            Q_EMIT failed(done->errorString());
        }
    });
    job->start();
}

void CredentialStore::load(const QUrl& server, const QString& username)
{
    auto* job = new QKeychain::ReadPasswordJob(Service, this);
    job->setKey(keyFor(server, username));
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job* done) {
        auto* read = static_cast<QKeychain::ReadPasswordJob*>(done);
        if (read->error() != QKeychain::NoError) {
            qCInfo(lcConsole) << "no remembered password:" << read->errorString();
            Q_EMIT failed(read->errorString());
            return;
        }
        Q_EMIT loaded(read->textData());
    });
    job->start();
}

void CredentialStore::forget(const QUrl& server, const QString& username)
{
    auto* job = new QKeychain::DeletePasswordJob(Service, this);
    job->setKey(keyFor(server, username));
    job->start();
}

} // namespace Atendo
