#pragma once

// Reading the fields of a provider's JSON answers: ids and codes come as
// strings from one provider and as numbers from another (or from the same
// one in another answer), so a field is read as the text it stands for.

#include "RingbackCoreExport.h"
#include "util/Result.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace ringback::provider {

// The list under `key` of an answer that is a JSON object (the object into
// *root when asked), or why not.
RINGBACK_CORE_EXPORT Result<QJsonArray>
jsonList(const QByteArray &body, const char *key, QJsonObject *root = nullptr);
// The object under `key` of an answer that is a JSON object, or why not.
RINGBACK_CORE_EXPORT Result<QJsonObject> jsonObject(const QByteArray &body, const char *key);

// A string as is; a whole number in decimal ("20003", 64-bit ids exactly);
// another number with all its digits; anything else empty.
RINGBACK_CORE_EXPORT QString jsonText(const QJsonObject &o, const char *key);
// The strings of an array (other entries skipped).
RINGBACK_CORE_EXPORT QStringList jsonStrings(const QJsonObject &o, const char *key);
// A number, or a string holding one; else 0.
RINGBACK_CORE_EXPORT int jsonInt(const QJsonObject &o, const char *key);

// The JSON of a cursor a provider saved ({"v": version, "since": ms, …}):
// nothing for an empty text (a first start) or one that is not of this
// `version` with a "since" (then *readable is false).
RINGBACK_CORE_EXPORT std::optional<QJsonObject>
savedCursor(const QString &text, int version, bool *readable);

} // namespace ringback::provider
