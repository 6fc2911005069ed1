#include "gui/Format.h"

#include "phone/PhoneNumber.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QTextDocument>

namespace ringback::gui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ringback::gui::Format", text);
}

constexpr qint64 kTimeOfDayWindowMs = 20LL * 3600 * 1000;

} // namespace

QString callerName(const Conversation &conversation, const QString &homeRegion)
{
    const QString name = conversation.displayName.trimmed();
    if (!name.isEmpty())
        return name;
    if (conversation.contactNumber.isEmpty())
        return tr("Unknown caller");
    return PhoneNumber::display(conversation.contactNumber, homeRegion);
}

QString listTime(const QDateTime &at, const QDateTime &now)
{
    if (!at.isValid())
        return {};
    const QDateTime local = at.toLocalTime();
    const qint64 age = at.msecsTo(now);
    const QLocale locale;
    if (age < kTimeOfDayWindowMs && age > -kTimeOfDayWindowMs)
        return locale.toString(local.time(), QLocale::ShortFormat);
    return locale.toString(local.date(), QLocale::ShortFormat);
}

QString fullTime(const QDateTime &at)
{
    if (!at.isValid())
        return {};
    return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
}

QString singleLine(const QString &text)
{
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    QString out = text;
    out.replace(whitespace, QStringLiteral(" "));
    return out.trimmed();
}

QString deliveryStatusText(MessageStatus status, const QString &error)
{
    switch (status) {
    case MessageStatus::Queued:
        return error.isEmpty() ? tr("Queued") : tr("Queued (retrying: %1)").arg(error);
    case MessageStatus::Sending:
        return tr("Sending…");
    case MessageStatus::Sent:
        return tr("Sent");
    case MessageStatus::Delivered:
        return tr("Delivered");
    case MessageStatus::Failed:
        return error.isEmpty() ? tr("Failed") : tr("Failed: %1").arg(error);
    case MessageStatus::Received:
        return {};
    }
    return {};
}

QString callSummary(const Call &call)
{
    QString what;
    if (isMissed(call.result)) {
        what = tr("Missed call (%1)").arg(toString(call.result));
    } else {
        const int minutes = call.durationSeconds / 60;
        const int seconds = call.durationSeconds % 60;
        what = minutes > 0 ? tr("Answered call (%1 min %2 s)").arg(minutes).arg(seconds)
                           : tr("Answered call (%1 s)").arg(seconds);
    }
    QString decision;
    switch (call.decision) {
    case Decision::Texted:
        decision = tr("texted");
        break;
    case Decision::Held:
        decision = tr("not texted");
        break;
    case Decision::NotApplicable:
        decision = isMissed(call.result) ? tr("not texted") : QString();
        break;
    }
    if (decision.isEmpty())
        return what;
    const QString reason = singleLine(call.decisionReason);
    if (reason.isEmpty())
        return tr("%1 — %2").arg(what, decision);
    return tr("%1 — %2: %3").arg(what, decision, reason);
}

QString messageKindText(Direction direction, MessageKind kind)
{
    if (direction == Direction::In)
        return tr("Reply");
    switch (kind) {
    case MessageKind::Auto:
        return tr("Automatic text");
    case MessageKind::Manual:
        return tr("Text from the office");
    case MessageKind::System:
        return tr("System message");
    }
    return {};
}

QString leadStateText(LeadState state)
{
    switch (state) {
    case LeadState::New:
        return tr("New");
    case LeadState::Replied:
        return tr("Replied");
    case LeadState::CalledBack:
        return tr("Called back");
    case LeadState::Booked:
        return tr("Booked");
    case LeadState::Lost:
        return tr("Lost");
    case LeadState::Spam:
        return tr("Spam");
    }
    return {};
}

QString connectionStateText(ConnectionState state)
{
    switch (state) {
    case ConnectionState::Disconnected:
        return tr("Not connected");
    case ConnectionState::Connecting:
        return tr("Connecting…");
    case ConnectionState::Connected:
        return tr("Connected");
    case ConnectionState::Polling:
        return tr("Polling");
    case ConnectionState::Reconnecting:
        return tr("Reconnecting…");
    case ConnectionState::AuthFailed:
        return tr("Sign-in failed — check settings");
    case ConnectionState::Error:
        return tr("Not working");
    }
    return {};
}

QString plainToolTip(const QString &text)
{
    if (text.isEmpty() || !Qt::mightBeRichText(text))
        return text;
    return Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal);
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor errorColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20);
}

QColor urgentColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xef, 0x53, 0x50) : QColor(0xc6, 0x28, 0x28);
}

int textPadding(const QFontMetrics &fm)
{
    return std::max(4, fm.height() / 3);
}

QFont smallFont(const QFont &font)
{
    QFont small = font;
    if (small.pointSizeF() > 0)
        small.setPointSizeF(std::max(7.0, small.pointSizeF() * 0.85));
    else if (small.pixelSize() > 0)
        small.setPixelSize(std::max(9, small.pixelSize() * 85 / 100));
    return small;
}

QFont boldFont(const QFont &font)
{
    QFont bold = font;
    bold.setBold(true);
    return bold;
}

} // namespace ringback::gui
