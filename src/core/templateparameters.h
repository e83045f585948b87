#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>

#include <optional>

namespace Atendo {

// The values an agent fills into a template before sending it.
//
//  - header: a text header's placeholder key ("1" or the named param) -> value; for a
//    media header (image/video/document) the key "media" -> an http(s) URL or a
//    Meta media id; for a location header the keys "latitude", "longitude" and,
//    optionally, "name", "address".
//  - body: placeholder key ("1", "2" or "first_name") -> value.
//  - buttons: button index (0-based, as in the template's BUTTONS component) ->
//    URL suffix (URL button), payload (quick reply) or coupon/OTP code.
//
// Which keys a given template needs: MessageTemplate::fields(); whether values are
// acceptable: TemplateValidator.
struct TemplateParameters
{
    QMap<QString, QString> header;
    QMap<QString, QString> body;
    QMap<int, QString> buttons;

    [[nodiscard]] bool isEmpty() const { return header.isEmpty() && body.isEmpty() && buttons.isEmpty(); }

    // {"header":{"1":"..."},"body":{"first_name":"..."},"buttons":{"0":"..."}}.
    // Empty maps are written as {} so the shape is always the same.
    [[nodiscard]] QJsonObject toJson() const;

    // Strict: each present member must be an object of strings; button keys must be
    // integers 0-9. Missing members mean empty. On failure returns nullopt and sets *error.
    [[nodiscard]] static std::optional<TemplateParameters> fromJson(
        const QJsonObject& json, QString* error = nullptr);

    bool operator==(const TemplateParameters& other) const = default;
};

} // namespace Atendo
