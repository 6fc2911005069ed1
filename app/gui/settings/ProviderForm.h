#pragma once

#include "provider/ProviderInfo.h"

#include <QJsonObject>
#include <QVariantMap>
#include <QWidget>

#include <functional>
#include <vector>

class QLabel;
class QSettings;

namespace ringback {
class SecretStore;
}

namespace ringback::gui {

class SecretField;

// The settings form of one provider, generated from its settings schema
// (ProviderInfo::settings): a line edit for text, phone numbers and
// addresses, a password field for secrets (SecretField), a spin box for
// numbers, a check box for yes/no and a list for choices; each with its help
// under it and as the accessible description, and an inline message when its
// value is not acceptable. Non-secret values go to settings.ini under
// [provider/<id>]; secrets only to the system keychain.
class ProviderForm final : public QWidget
{
    Q_OBJECT

public:
    ProviderForm(const ProviderInfo &info, SecretStore &secrets, QWidget *parent = nullptr);

    const ProviderInfo &info() const { return m_info; }

    // Fills the form from the saved values (the [provider/<id>] group) and
    // asks the keychain which secrets are saved.
    void load(const QVariantMap &saved);
    // Checks every field, shows the problems inline; returns the first.
    QString validate();
    // The non-secret values, typed as --provider-config takes them.
    QJsonObject values() const;
    // Writes the non-secret values to [provider/<id>] (and drops any secret
    // an older version or a hand edit left there).
    void saveTo(QSettings &settings) const;
    bool isDirty() const { return m_dirty; }
    void setClean() { m_dirty = false; }

    // Writes the typed secrets to the keychain and removes the ones marked
    // for removal. done(ok, first problem).
    void commitSecrets(std::function<void(bool, const QString &)> done);
    // The form's values with the secrets (typed ones, else the saved ones
    // from the keychain), for "Test connection". done(values, problem).
    void collectForTest(std::function<void(const QJsonObject &, const QString &)> done);

    QWidget *editor(const QString &fieldName) const;
    SecretField *secretField(const QString &fieldName) const;

signals:
    void changed();

private:
    struct Row
    {
        SettingField field;
        QWidget *editor = nullptr;
        QLabel *error = nullptr;
    };
    QWidget *makeEditor(const SettingField &field);
    void setValue(const Row &row, const QVariant &value);
    QJsonValue value(const Row &row, QString *problem) const;
    void markChanged();

    ProviderInfo m_info;
    SecretStore &m_secrets;
    std::vector<Row> m_rows;
    bool m_dirty = false;
    bool m_loading = false;
};

} // namespace ringback::gui
