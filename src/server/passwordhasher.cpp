#include "server/passwordhasher.h"

#include <QCryptographicHash>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QStringList>

#include <algorithm>

namespace Atendo {
namespace {

using namespace Qt::StringLiterals;

constexpr int SaltBytes = 16;
constexpr int KeyBytes = 32;
const QString Scheme = u"pbkdf2-sha256"_s;

QByteArray derive(const QString& password, const QByteArray& salt, int iterations)
{
    return QPasswordDigestor::deriveKeyPbkdf2(
        QCryptographicHash::Sha256, password.toUtf8(), salt, iterations, KeyBytes);
}

bool equalConstantTime(const QByteArray& a, const QByteArray& b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

} // namespace

PasswordHasher::PasswordHasher(int iterations) : m_iterations(std::max(1, iterations))
{ }

QString PasswordHasher::hash(const QString& password) const
{
    QByteArray salt(SaltBytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(salt.data()), SaltBytes / 4);
    const QByteArray key = derive(password, salt, m_iterations);
    return Scheme + u'$' + QString::number(m_iterations) + u'$' + QString::fromLatin1(salt.toBase64()) + u'$'
        + QString::fromLatin1(key.toBase64());
}

bool PasswordHasher::verify(const QString& password, const QString& stored)
{
    const QStringList parts = stored.split(u'$');
    if (parts.size() != 4 || parts.at(0) != Scheme)
        return false;
    bool ok = false;
    const int iterations = parts.at(1).toInt(&ok);
    if (!ok || iterations < 1)
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts.at(2).toLatin1());
    const QByteArray expected = QByteArray::fromBase64(parts.at(3).toLatin1());
    if (salt.isEmpty() || expected.size() != KeyBytes)
        return false;
    return equalConstantTime(derive(password, salt, iterations), expected);
}

void PasswordHasher::burnVerify(const QString& password) const
{
    const QByteArray salt(SaltBytes, 'x');
    (void)derive(password, salt, m_iterations);
}

} // namespace Atendo
