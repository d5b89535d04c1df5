#pragma once

#include "model/archive/SecretBytes.h"

#include <QDialog>

#include <memory>

class QLabel;
class QLineEdit;

namespace Lifeboat {

// Asks for the passphrase of an encrypted archive. What is typed is shown as dots, moved into
// sodium-allocated memory when accepted, and cleared from the field.
class PassphraseDialog : public QDialog
{
    Q_OBJECT
public:
    // `problem`: shown above the field (a wrong passphrase typed before), or empty.
    PassphraseDialog(const QString &archiveName, const QString &problem, QWidget *parent = nullptr);
    ~PassphraseDialog() override;
    Q_DISABLE_COPY_MOVE(PassphraseDialog)

    // Takes the typed passphrase out of the field.
    std::shared_ptr<const SecretBytes> takePassphrase();

    // Runs the dialog; null when the user cancels.
    static std::shared_ptr<const SecretBytes> ask(QWidget *parent, const QString &archiveName,
                                                  const QString &problem);

private:
    QLineEdit *m_edit;
};

} // namespace Lifeboat
