#pragma once

#include "domain/Records.h"
#include "provider/ProviderApi.h"

#include <QColor>
#include <QDateTime>
#include <QFont>
#include <QFontMetrics>
#include <QPalette>
#include <QString>

namespace ringback::gui {

// Text and colours the views share. Every string is translated and plain:
// nothing here is ever interpreted as rich text.

// The caller as people see them: the saved name, else the number in its
// national (or international) form.
QString callerName(const Conversation &conversation, const QString &homeRegion);

// The time a list row shows: the time of day within 20 hours of `now`, else a
// short date. Both times in any zone; shown in local time.
QString listTime(const QDateTime &at, const QDateTime &now);

// Full local date and time, for thread items and tooltips.
QString fullTime(const QDateTime &at);

// One line of preview text: whitespace runs and line breaks become one space.
QString singleLine(const QString &text);

// "Queued", "Sending…", "Sent", "Delivered", "Failed: <reason>"; empty for a
// received message.
QString deliveryStatusText(MessageStatus status, const QString &error);

// "Missed call (no-answer) — texted: missed call, business hours".
QString callSummary(const Call &call);

// "Automatic text", "Text from the office", "System message", "Reply".
QString messageKindText(Direction direction, MessageKind kind);

// "New", "Replied", "Called back", ...
QString leadStateText(LeadState state);

// Human words for the provider's connection state.
QString connectionStateText(ConnectionState state);

// A tooltip that shows `text` literally even if it looks like HTML.
QString plainToolTip(const QString &text);

// Colours that stay readable on the current palette (light or dark).
// Shared by the delegates: the gap around text, and the small and bold
// variants of a font.
int textPadding(const QFontMetrics &fm);
QFont smallFont(const QFont &font);
QFont boldFont(const QFont &font);

bool isDark(const QPalette &palette);
QColor errorColor(const QPalette &palette);
QColor urgentColor(const QPalette &palette);

} // namespace ringback::gui
