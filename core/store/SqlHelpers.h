#pragma once

// Internal helpers shared by the store's reading and writing sides.

#include "domain/Records.h"
#include "util/Result.h"

#include <QSqlQuery>
#include <QVariant>

#include <initializer_list>

namespace ringback::sql {

// Prepares, binds positionally and executes. Forward-only: rows are read once.
bool run(QSqlQuery &q,
         const QString &statement,
         std::initializer_list<QVariant> values,
         QString *error);
Status run(QSqlDatabase &db, const QString &statement, std::initializer_list<QVariant> values);

QVariant nullableText(const QString &s);
QDateTime fromMs(const QVariant &v);
QVariant toMs(const QDateTime &t);

QString encodeMedia(const QStringList &media);
QStringList decodeMedia(const QString &text);

// Column lists and row readers, kept beside each other so they never drift.
extern const char *const kConversationColumns;
Conversation readConversation(const QSqlQuery &q);
extern const char *const kCallColumns;
Call readCall(const QSqlQuery &q);
extern const char *const kMessageColumns;
Message readMessage(const QSqlQuery &q);

} // namespace ringback::sql
