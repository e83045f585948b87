#pragma once

#include <QString>

class QRandomGenerator;

namespace Atendo {

// Message ids in Meta's style: "wamid." + base64 of an opaque blob that embeds
// the customer's number, so they look and size like the real thing (< 128 chars).
class Wamid
{
public:
    [[nodiscard]] static QString generate(const QString& waId, QRandomGenerator& random);
    // A numeric Graph id (media, templates, conversations), 16 digits.
    [[nodiscard]] static QString graphId(QRandomGenerator& random);
};

} // namespace Atendo
