#include "gui/settings/RulesPage.h"

#include "engine/EngineConfig.h"
#include "templates/DefaultTemplates.h"

#include <QBoxLayout>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QScrollArea>
#include <QSpinBox>
#include <QTimeEdit>

namespace ringback::gui {

namespace {

constexpr double kHourMs = 3600.0 * 1000;
constexpr double kMinuteMs = 60.0 * 1000;

} // namespace

QSpinBox *RulesPage::spin(const char *name, int min, int max, const QString &suffix)
{
    auto *box = new QSpinBox(this);
    box->setObjectName(QLatin1String(name));
    box->setRange(min, max);
    box->setSuffix(suffix);
    connect(box, &QSpinBox::valueChanged, this, &RulesPage::changed);
    return box;
}

void RulesPage::addRow(QFormLayout *form,
                       const QString &label,
                       QWidget *editor,
                       const QString &help)
{
    QWidget *parent = form->parentWidget();
    auto *caption = new QLabel(label, parent);
    caption->setBuddy(editor);
    editor->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    editor->setAccessibleDescription(help);
    form->addRow(caption, editor);
    form->addRow(QString(), settingsui::helpLabel(help, parent));
}

RulesPage::RulesPage(QWidget *parent)
    : SettingsPage(parent)
    , m_dedup(new QDoubleSpinBox(this))
    , m_active(new QDoubleSpinBox(this))
    , m_catchUp(spin("maxCatchUpMinutes", 0, 7 * 24 * 60, tr(" min")))
    , m_delay(spin("sendDelaySeconds", 0, 3600, tr(" s")))
    , m_minRing(spin("minRingSeconds", 0, 120, tr(" s")))
    , m_international(new QCheckBox(tr("Text &international numbers"), this))
    , m_scope(new QComboBox(this))
    , m_hint(new QCheckBox(tr("Add \"Reply STOP to opt out\" to the &first text"), this))
    , m_lineType(new QCheckBox(tr("&Look up the line type before the first text"), this))
    , m_quiet(new QCheckBox(tr("&Quiet hours in the caller's time zone"), this))
    , m_quietFrom(new QTimeEdit(this))
    , m_quietTo(new QTimeEdit(this))
    , m_spamCalls(spin("spamCalls", 0, 100, QString()))
    , m_spamMinutes(spin("spamMinutes", 1, 24 * 60, tr(" min")))
    , m_error(settingsui::errorLabel(this))
{
    setObjectName(QStringLiteral("rulesPage"));
    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);

    auto *triggers = new QGroupBox(tr("Text back after a call that was…"), content);
    auto *triggerLayout = new QVBoxLayout(triggers);
    const std::pair<CallResult, QString> kinds[] = {
        {CallResult::NoAnswer, tr("&Not answered")},
        {CallResult::Busy, tr("&Busy")},
        {CallResult::Voicemail, tr("Sent to &voicemail")},
        {CallResult::Canceled, tr("&Hung up while ringing")},
    };
    for (const auto &[result, label] : kinds) {
        auto *box = new QCheckBox(label, triggers);
        box->setObjectName(QStringLiteral("trigger_") + toString(result));
        box->setAccessibleName(QString(label).remove(QLatin1Char('&')));
        connect(box, &QCheckBox::toggled, this, &RulesPage::changed);
        triggerLayout->addWidget(box);
        m_triggers.insert(result, box);
    }
    contentLayout->addWidget(triggers);

    auto *when = new QGroupBox(tr("Timing"), content);
    auto *form = new QFormLayout(when);
    m_minRing->setParent(when);
    addRow(form,
           tr("Minimum &ring:"),
           m_minRing,
           tr("Shorter calls are treated as pocket dials and get no text."));
    m_delay->setParent(when);
    addRow(form,
           tr("Send &delay:"),
           m_delay,
           tr("Wait this long before texting; no text if you reach the caller first."));
    m_dedup->setParent(when);
    m_dedup->setObjectName(QStringLiteral("dedupHours"));
    m_dedup->setRange(0, 24 * 30);
    m_dedup->setDecimals(1);
    m_dedup->setSuffix(tr(" h"));
    connect(m_dedup, &QDoubleSpinBox::valueChanged, this, &RulesPage::changed);
    addRow(form,
           tr("One text per caller every:"),
           m_dedup,
           tr("A caller who rings again within this time gets no second automatic text."));
    m_active->setParent(when);
    m_active->setObjectName(QStringLiteral("activeHours"));
    m_active->setRange(0, 24 * 30);
    m_active->setDecimals(1);
    m_active->setSuffix(tr(" h"));
    connect(m_active, &QDoubleSpinBox::valueChanged, this, &RulesPage::changed);
    addRow(form,
           tr("Conversation &active for:"),
           m_active,
           tr("While you are texting with a caller, a new missed call sends no opener."));
    m_catchUp->setParent(when);
    addRow(form,
           tr("Max &catch-up age:"),
           m_catchUp,
           tr("Missed calls older than this when Ringback sees them go to the call-back queue "
              "instead of getting a text."));
    contentLayout->addWidget(when);

    // Which template each period sends: a trade's own opener ("Roofing",
    // "HVAC: no heat or cooling") can replace the general one.
    auto *texts = new QGroupBox(tr("Which text is sent"), content);
    auto *textsForm = new QFormLayout(texts);
    const std::pair<const char *, QString> periods[] = {
        {"businessHoursTemplate", tr("During business h&ours:")},
        {"afterHoursTemplate", tr("Aft&er hours:")},
        {"holidayTemplate", tr("On holida&ys:")},
    };
    const QString helps[] = {
        tr("A trade's own text can replace the general one. Edit the texts in File › "
           "Templates…"),
        tr("When the office is closed (Settings › Hours)."),
        tr("On the closures and holidays listed under Hours."),
    };
    for (int i = 0; i < 3; ++i) {
        auto *combo = new QComboBox(texts);
        combo->setObjectName(QLatin1String(periods[i].first));
        for (const DefaultTemplate &t : defaultTemplates())
            combo->addItem(t.name, t.id);
        connect(combo, &QComboBox::currentIndexChanged, this, &RulesPage::changed);
        m_templates[i] = combo;
        addRow(textsForm, periods[i].second, combo, helps[i]);
    }
    contentLayout->addWidget(texts);

    auto *who = new QGroupBox(tr("Who gets texts"), content);
    auto *whoForm = new QFormLayout(who);
    m_international->setObjectName(QStringLiteral("textInternational"));
    m_international->setParent(who);
    whoForm->addRow(m_international);
    whoForm->addRow(settingsui::helpLabel(
        tr("Off: callers from outside your home region get no automatic text."), who));
    m_scope->setParent(who);
    m_scope->setObjectName(QStringLiteral("optOutScope"));
    m_scope->addItem(tr("Every line of the office"), QStringLiteral("all"));
    m_scope->addItem(tr("Only the line it was sent to"), QStringLiteral("line"));
    connect(m_scope, &QComboBox::currentIndexChanged, this, &RulesPage::changed);
    addRow(whoForm,
           tr("STOP a&pplies to:"),
           m_scope,
           tr("Which of your lines stop texting a caller who replied STOP."));
    m_hint->setObjectName(QStringLiteral("optOutHint"));
    m_hint->setParent(who);
    whoForm->addRow(m_hint);
    whoForm->addRow(settingsui::helpLabel(
        tr("Only when the template has no opt-out wording of its own."), who));
    m_lineType->setObjectName(QStringLiteral("lineTypeLookup"));
    m_lineType->setParent(who);
    m_lineType->setAccessibleName(QString(m_lineType->text()).remove(QLatin1Char('&')));
    whoForm->addRow(m_lineType);
    const QString lineTypeHelp
        = tr("Landlines, toll-free and fixed VoIP numbers then get no text and go to the "
             "call-back queue. Your provider bills each lookup (Twilio Lookup); one per new "
             "number, remembered for 90 days.");
    m_lineType->setAccessibleDescription(lineTypeHelp);
    whoForm->addRow(settingsui::helpLabel(lineTypeHelp, who));
    m_spamCalls->setParent(who);
    addRow(whoForm,
           tr("&Spam after:"),
           m_spamCalls,
           tr("This many calls from one number that never texted back are held as spam; 0 "
              "turns it off."));
    m_spamMinutes->setParent(who);
    addRow(
        whoForm, tr("…&within:"), m_spamMinutes, tr("The time span in which those calls count."));
    contentLayout->addWidget(who);

    auto *quiet = new QGroupBox(tr("Quiet hours"), content);
    auto *quietLayout = new QFormLayout(quiet);
    m_quiet->setObjectName(QStringLiteral("quietHours"));
    m_quiet->setParent(quiet);
    quietLayout->addRow(m_quiet);
    quietLayout->addRow(settingsui::helpLabel(
        tr("Texts wait until the window opens in the caller's own time zone."), quiet));
    for (QTimeEdit *edit : {m_quietFrom, m_quietTo}) {
        edit->setParent(quiet);
        edit->setDisplayFormat(QStringLiteral("HH:mm"));
        connect(edit, &QTimeEdit::timeChanged, this, &RulesPage::changed);
    }
    m_quietFrom->setObjectName(QStringLiteral("quietFrom"));
    m_quietTo->setObjectName(QStringLiteral("quietTo"));
    addRow(quietLayout,
           tr("&Texts allowed from:"),
           m_quietFrom,
           tr("The earliest time a text may reach a caller."));
    addRow(
        quietLayout, tr("…&until:"), m_quietTo, tr("The latest time a text may reach a caller."));
    connect(m_quiet, &QCheckBox::toggled, this, [this](bool on) {
        m_quietFrom->setEnabled(on);
        m_quietTo->setEnabled(on);
        emit changed();
    });
    contentLayout->addWidget(quiet);
    for (QCheckBox *box : {m_international, m_hint, m_lineType})
        connect(box, &QCheckBox::toggled, this, &RulesPage::changed);
    contentLayout->addWidget(m_error);
    contentLayout->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Tab goes to the fields inside (the area scrolls to the focused one).
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setAccessibleName(tr("Text-back rules"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

void RulesPage::load(QSettings &, const EngineConfig &config)
{
    const TextBackRules &r = config.rules;
    for (auto it = m_triggers.begin(); it != m_triggers.end(); ++it)
        it.value()->setChecked(r.triggers.contains(it.key()));
    m_minRing->setValue(r.minRingSeconds);
    m_delay->setValue(r.sendDelaySeconds);
    m_dedup->setValue(r.dedupWindowMs / kHourMs);
    m_active->setValue(r.activeWindowMs / kHourMs);
    m_catchUp->setValue(int(r.maxCatchUpAgeMs / kMinuteMs));
    m_international->setChecked(r.textInternational);
    m_scope->setCurrentIndex(config.optOutAllLines ? 0 : 1);
    m_hint->setChecked(r.optOutHint);
    m_lineType->setChecked(r.lineTypeLookup);
    m_quiet->setChecked(r.quiet.enabled);
    m_quietFrom->setTime(r.quiet.windowStart);
    m_quietTo->setTime(r.quiet.windowEnd);
    m_quietFrom->setEnabled(r.quiet.enabled);
    m_quietTo->setEnabled(r.quiet.enabled);
    m_spamCalls->setValue(r.spamCalls);
    m_spamMinutes->setValue(r.spamMinutes);
    const QString chosen[] = {r.businessHoursTemplate, r.afterHoursTemplate, r.holidayTemplate};
    for (int i = 0; i < 3; ++i)
        m_templates[i]->setCurrentIndex(std::max(0, m_templates[i]->findData(chosen[i])));
}

QString RulesPage::validate()
{
    QString problem;
    if (m_quiet->isChecked() && m_quietFrom->time() >= m_quietTo->time())
        problem = tr("The texting window must start before it ends, e.g. 08:00 to 21:00.");
    settingsui::showError(m_error, problem);
    return problem;
}

void RulesPage::save(QSettings &, EngineConfig &config)
{
    TextBackRules &r = config.rules;
    for (auto it = m_triggers.begin(); it != m_triggers.end(); ++it) {
        if (it.value()->isChecked())
            r.triggers.insert(it.key());
        else
            r.triggers.remove(it.key());
    }
    r.minRingSeconds = m_minRing->value();
    r.sendDelaySeconds = m_delay->value();
    r.dedupWindowMs = qint64(m_dedup->value() * kHourMs);
    r.activeWindowMs = qint64(m_active->value() * kHourMs);
    r.maxCatchUpAgeMs = qint64(m_catchUp->value() * kMinuteMs);
    r.textInternational = m_international->isChecked();
    config.optOutAllLines = m_scope->currentData().toString() == QLatin1String("all");
    r.optOutHint = m_hint->isChecked();
    r.lineTypeLookup = m_lineType->isChecked();
    r.quiet.enabled = m_quiet->isChecked();
    r.quiet.windowStart = m_quietFrom->time();
    r.quiet.windowEnd = m_quietTo->time();
    r.spamCalls = m_spamCalls->value();
    r.spamMinutes = m_spamMinutes->value();
    r.businessHoursTemplate = m_templates[0]->currentData().toString();
    r.afterHoursTemplate = m_templates[1]->currentData().toString();
    r.holidayTemplate = m_templates[2]->currentData().toString();
}

} // namespace ringback::gui
