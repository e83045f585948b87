#pragma once

// Graph template nodes as GET /{WABA_ID}/message_templates returns them
// (cloudapi.md §4), shared by the template tests.

#include "core/messagetemplate.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Fixtures {

// Positional, image header, quick-reply and URL buttons.
inline const char* const OrderConfirmationJson = R"({
  "id": "1024", "name": "order_confirmation", "language": "en_US", "status": "APPROVED",
  "category": "UTILITY", "parameter_format": "POSITIONAL",
  "quality_score": {"score": "GREEN"},
  "components": [
    {"type": "HEADER", "format": "IMAGE", "example": {"header_handle": ["4::aW1hZ2U="]}},
    {"type": "BODY", "text": "Hi {{1}}, your order {{2}} is confirmed. Total: {{3}}.",
     "example": {"body_text": [["Jessica", "ORDER-42", "$100.99"]]}},
    {"type": "FOOTER", "text": "Reply STOP to opt out"},
    {"type": "BUTTONS", "buttons": [
      {"type": "QUICK_REPLY", "text": "Stop promotions"},
      {"type": "URL", "text": "Track order", "url": "https://shop.example/track/{{1}}",
       "example": ["https://shop.example/track/ORDER-42"]},
      {"type": "PHONE_NUMBER", "text": "Call us", "phone_number": "+15550783881"}
    ]}
  ]
})";

// Named, text header with a parameter, copy-code button.
inline const char* const SummerSaleJson = R"({
  "id": "2048", "name": "summer_sale", "language": "pt_BR", "status": "APPROVED",
  "category": "MARKETING", "parameter_format": "NAMED",
  "components": [
    {"type": "HEADER", "format": "TEXT", "text": "Oferta para {{first_name}}",
     "example": {"header_text_named_params": [{"param_name": "first_name", "example": "Maria"}]}},
    {"type": "BODY", "text": "Olá {{first_name}}! Use o cupom até {{end_date}} e ganhe {{discount}}.",
     "example": {"body_text_named_params": [
       {"param_name": "first_name", "example": "Maria"},
       {"param_name": "end_date", "example": "31/12"},
       {"param_name": "discount", "example": "10%"}]}},
    {"type": "BUTTONS", "buttons": [{"type": "COPY_CODE", "example": "VERAO10"}]}
  ]
})";

// Authentication template with a one-time-password button.
inline const char* const LoginCodeJson = R"({
  "id": "4096", "name": "login_code", "language": "en", "status": "APPROVED",
  "category": "AUTHENTICATION",
  "components": [
    {"type": "BODY", "text": "{{1}} is your verification code.", "example": {"body_text": [["123456"]]}},
    {"type": "BUTTONS", "buttons": [{"type": "OTP", "otp_type": "COPY_CODE", "text": "Copy code"}]}
  ]
})";

// Text header without parameters, body without parameters.
inline const char* const StaticNoticeJson = R"({
  "id": "8192", "name": "store_hours", "language": "en", "status": "PAUSED",
  "category": "UTILITY", "parameter_format": "POSITIONAL",
  "components": [
    {"type": "HEADER", "format": "TEXT", "text": "Store hours"},
    {"type": "BODY", "text": "We are open 9-18, Monday to Saturday."}
  ]
})";

// Location header.
inline const char* const PickupJson = R"({
  "name": "pickup_point", "language": "en", "status": "APPROVED", "category": "UTILITY",
  "components": [
    {"type": "HEADER", "format": "LOCATION"},
    {"type": "BODY", "text": "Your parcel {{1}} waits here."}
  ]
})";

// What buildComponents() must produce for OrderConfirmationJson, in the shape of
// cloudapi.md §2.2: header image link, body text parameters in number order, the
// quick_reply payload and the url suffix buttons with string indexes; no component
// for the phone button. (Kept here rather than in the test: moc reads "//" inside a
// raw string as a comment.)
inline const char* const OrderConfirmationComponentsJson = R"([
            {"type":"header","parameters":[{"type":"image","image":{"link":"https://cdn.example/x.jpg"}}]},
            {"type":"body","parameters":[
                {"type":"text","text":"Jessica"},
                {"type":"text","text":"ORDER-42"},
                {"type":"text","text":"$100.99"}]},
            {"type":"button","sub_type":"quick_reply","index":"0","parameters":[{"type":"payload","payload":"STOP_PROMO"}]},
            {"type":"button","sub_type":"url","index":"1","parameters":[{"type":"text","text":"ORDER-42"}]}
        ])";

inline QJsonObject json(const char* text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

inline Atendo::MessageTemplate parsed(const char* text)
{
    return Atendo::MessageTemplate::fromGraphJson(json(text)).value();
}

} // namespace Fixtures
