#pragma once

#include "protocol/frames.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace Atendo::Protocol {

// Reads an op's args with their types checked. The first problem is kept as a
// `bad_request` error naming the field, and every later read returns a default,
// so a handler reads all its args, then checks ok() once:
//
//   ArgReader args(request.args);
//   const qint64 id = args.requireId(u"conversation_id");
//   const QString text = args.requireString(u"text", 4096);
//   if (!args.ok()) return reply(*args.error());
class ArgReader
{
public:
    explicit ArgReader(const QJsonObject& args);

    [[nodiscard]] QString requireString(QStringView key, qsizetype maxLength = 4096);
    [[nodiscard]] QString optionalString(
        QStringView key, const QString& fallback = {}, qsizetype maxLength = 4096);
    // Ids are positive integers.
    [[nodiscard]] qint64 requireId(QStringView key);
    // null or absent give nullopt.
    [[nodiscard]] std::optional<qint64> optionalId(QStringView key);
    [[nodiscard]] qint64 optionalInteger(QStringView key, qint64 fallback, qint64 min, qint64 max);
    [[nodiscard]] bool optionalBool(QStringView key, bool fallback);
    [[nodiscard]] QJsonObject requireObject(QStringView key);
    [[nodiscard]] QJsonObject optionalObject(QStringView key);
    // One of the given values.
    [[nodiscard]] QString requireEnum(QStringView key, const QStringList& allowed);
    [[nodiscard]] QString optionalEnum(QStringView key, const QStringList& allowed, const QString& fallback);

    [[nodiscard]] bool ok() const { return !m_error.has_value(); }
    [[nodiscard]] const std::optional<Error>& error() const { return m_error; }

private:
    void fail(QStringView key, const QString& problem);
    [[nodiscard]] bool present(QStringView key) const;

    QJsonObject m_args;
    std::optional<Error> m_error;
};

} // namespace Atendo::Protocol
