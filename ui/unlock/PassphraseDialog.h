#pragma once

#include "model/archive/SecretBytes.h"

#include <QDialog>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Lifeboat {

// Asks for the passphrase of an encrypted archive, or chooses one for a new archive (typed twice,
// with the warning that a lost passphrase cannot be recovered). What is typed is shown as dots,
// moved into sodium-allocated memory when accepted, and cleared from the fields.
class PassphraseDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Purpose { Unlock, ChooseNew };

    // `problem`: shown above the field (a wrong passphrase typed before), or empty.
    PassphraseDialog(const QString &archiveName, const QString &problem, QWidget *parent = nullptr);
    PassphraseDialog(Purpose purpose, const QString &archiveName, const QString &problem,
                     QWidget *parent = nullptr);
    ~PassphraseDialog() override;
    Q_DISABLE_COPY_MOVE(PassphraseDialog)

    // Takes the typed passphrase out of the field(s).
    std::shared_ptr<const SecretBytes> takePassphrase();

    // Runs the dialog; null when the user cancels.
    static std::shared_ptr<const SecretBytes> ask(QWidget *parent, const QString &archiveName,
                                                  const QString &problem);
    // Runs it to choose the passphrase of the new archive `archiveName`; null when cancelled.
    static std::shared_ptr<const SecretBytes> askNew(QWidget *parent, const QString &archiveName);

private:
    void updateOk();

    Purpose m_purpose;
    QLineEdit *m_edit;
    QLineEdit *m_confirm = nullptr;
    QLabel *m_mismatch = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace Lifeboat
