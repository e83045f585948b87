#pragma once

#include <QString>

namespace Atendo {

// Salted, slow password hashes: PBKDF2-HMAC-SHA256 with a random 16-byte salt,
// stored as "pbkdf2-sha256$<iterations>$<salt base64>$<hash base64>". The
// iteration count travels with each hash, so raising it in the configuration
// keeps old passwords working.
class PasswordHasher
{
public:
    explicit PasswordHasher(int iterations = 210000);

    [[nodiscard]] QString hash(const QString& password) const;
    // Constant-time comparison; false for anything not in the stored format.
    [[nodiscard]] static bool verify(const QString& password, const QString& stored);
    // Spends the same time as verify() on a real hash, for unknown usernames, so
    // the answer's timing does not tell which usernames exist.
    void burnVerify(const QString& password) const;

    [[nodiscard]] int iterations() const { return m_iterations; }

private:
    int m_iterations;
};

} // namespace Atendo
