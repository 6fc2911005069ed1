#include "gui/common/Format.h"

#include "domain/DecisionCode.h"
#include "engine/TextBackPolicy.h"
#include "phone/PhoneNumber.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QTextDocument>

namespace ringback::gui {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ringback::gui::Format)
};

constexpr qint64 kTimeOfDayWindowMs = 20LL * 3600 * 1000;

} // namespace

QString callerName(const Conversation &conversation, const QString &homeRegion)
{
    const QString name = conversation.displayName.trimmed();
    if (!name.isEmpty())
        return name;
    if (conversation.contactNumber.isEmpty())
        return Tr::tr("Unknown caller");
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
        return error.isEmpty() ? Tr::tr("Queued") : Tr::tr("Queued (retrying: %1)").arg(error);
    case MessageStatus::Sending:
        return Tr::tr("Sending…");
    case MessageStatus::Sent:
        return Tr::tr("Sent");
    case MessageStatus::Delivered:
        return Tr::tr("Delivered");
    case MessageStatus::Failed:
        return error.isEmpty() ? Tr::tr("Failed") : Tr::tr("Failed: %1").arg(error);
    case MessageStatus::Received:
        return {};
    }
    return {};
}

namespace {

// How a call ended, in the words the thread shows: in English the export's
// values ("no-answer"), translated for other languages.
} // namespace

QString callSummary(const Call &call)
{
    QString what;
    if (isMissed(call.result)) {
        what = Tr::tr("Missed call (%1)").arg(callResultWords(call.result));
    } else {
        const int minutes = call.durationSeconds / 60;
        const int seconds = call.durationSeconds % 60;
        what = minutes > 0 ? Tr::tr("Answered call (%1 min %2 s)").arg(minutes).arg(seconds)
                           : Tr::tr("Answered call (%1 s)").arg(seconds);
    }
    QString decision;
    switch (call.decision) {
    case Decision::Texted:
        decision = Tr::tr("texted");
        break;
    case Decision::Held:
        decision = Tr::tr("not texted");
        break;
    case Decision::NotApplicable:
        decision = isMissed(call.result) ? Tr::tr("not texted") : QString();
        break;
    }
    if (decision.isEmpty())
        return what;
    QString reason = singleLine(call.decisionReason);
    // No sentence stored (a call written without one): the code's words,
    // from the one table the dashboard and the export read too.
    if (reason.isEmpty() && call.decisionCode != DecisionCode::Unknown
        && call.decisionCode != DecisionCode::Texted)
        reason = decisionCodeLabel(call.decisionCode);
    if (reason.isEmpty())
        return Tr::tr("%1 — %2").arg(what, decision);
    return Tr::tr("%1 — %2: %3").arg(what, decision, reason);
}

QString messageKindText(Direction direction, MessageKind kind)
{
    if (direction == Direction::In)
        return Tr::tr("Reply");
    switch (kind) {
    case MessageKind::Auto:
        return Tr::tr("Automatic text");
    case MessageKind::Manual:
        return Tr::tr("Text from the office");
    case MessageKind::System:
        return Tr::tr("System message");
    }
    return {};
}

QString leadStateText(LeadState state)
{
    switch (state) {
    case LeadState::New:
        return Tr::tr("New");
    case LeadState::Replied:
        return Tr::tr("Replied");
    case LeadState::CalledBack:
        return Tr::tr("Called back");
    case LeadState::Booked:
        return Tr::tr("Booked");
    case LeadState::Lost:
        return Tr::tr("Lost");
    case LeadState::Spam:
        return Tr::tr("Spam");
    }
    return {};
}

QString connectionStateText(ConnectionState state)
{
    switch (state) {
    case ConnectionState::Disconnected:
        return Tr::tr("Not connected");
    case ConnectionState::Connecting:
        return Tr::tr("Connecting…");
    case ConnectionState::Connected:
        return Tr::tr("Connected");
    case ConnectionState::Polling:
        return Tr::tr("Polling");
    case ConnectionState::Reconnecting:
        return Tr::tr("Reconnecting…");
    case ConnectionState::AuthFailed:
        return Tr::tr("Sign-in failed — check settings");
    case ConnectionState::Error:
        return Tr::tr("Not working");
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
