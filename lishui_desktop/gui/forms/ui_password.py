# Generated from forms/password.ui by `python -m lishui_desktop.gui.i18n_build`.
# Do not edit: change the .ui file in Qt Designer and rebuild.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication)
from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_ChangePasswordDialog(object):
    def setupUi(self, ChangePasswordDialog):
        if not ChangePasswordDialog.objectName():
            ChangePasswordDialog.setObjectName(u"ChangePasswordDialog")
        self.verticalLayout = QVBoxLayout(ChangePasswordDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.reasonLabel = QLabel(ChangePasswordDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")
        self.reasonLabel.setText(u"")
        self.reasonLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.reasonLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.oldPasswordLabel = QLabel(ChangePasswordDialog)
        self.oldPasswordLabel.setObjectName(u"oldPasswordLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.oldPasswordLabel)

        self.oldPassword = QLineEdit(ChangePasswordDialog)
        self.oldPassword.setObjectName(u"oldPassword")
        self.oldPassword.setEchoMode(QLineEdit.Password)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.oldPassword)

        self.newPasswordLabel = QLabel(ChangePasswordDialog)
        self.newPasswordLabel.setObjectName(u"newPasswordLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.newPasswordLabel)

        self.newPassword = QLineEdit(ChangePasswordDialog)
        self.newPassword.setObjectName(u"newPassword")
        self.newPassword.setEchoMode(QLineEdit.Password)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.newPassword)

        self.newPassword2Label = QLabel(ChangePasswordDialog)
        self.newPassword2Label.setObjectName(u"newPassword2Label")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.newPassword2Label)

        self.newPassword2 = QLineEdit(ChangePasswordDialog)
        self.newPassword2.setObjectName(u"newPassword2")
        self.newPassword2.setEchoMode(QLineEdit.Password)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.newPassword2)

        self.rulesLabel = QLabel(ChangePasswordDialog)
        self.rulesLabel.setObjectName(u"rulesLabel")
        self.rulesLabel.setWordWrap(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.rulesLabel)


        self.verticalLayout.addLayout(self.formLayout)

        self.spacer4 = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.verticalLayout.addItem(self.spacer4)

        self.buttonBox = QDialogButtonBox()
        self.buttonBox.setParent(ChangePasswordDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.oldPasswordLabel.setBuddy(self.oldPassword)
        self.newPasswordLabel.setBuddy(self.newPassword)
        self.newPassword2Label.setBuddy(self.newPassword2)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.oldPassword, self.newPassword)
        QWidget.setTabOrder(self.newPassword, self.newPassword2)
        QWidget.setTabOrder(self.newPassword2, self.buttonBox)

        self.retranslateUi(ChangePasswordDialog)
        self.buttonBox.rejected.connect(ChangePasswordDialog.reject)
    # setupUi

    def retranslateUi(self, ChangePasswordDialog):
        ChangePasswordDialog.setWindowTitle(QCoreApplication.translate("ChangePasswordDialog", u"Change password", None))
        self.oldPasswordLabel.setText(QCoreApplication.translate("ChangePasswordDialog", u"C&urrent password", None))
        self.newPasswordLabel.setText(QCoreApplication.translate("ChangePasswordDialog", u"&New password", None))
        self.newPassword2Label.setText(QCoreApplication.translate("ChangePasswordDialog", u"&Repeat new password", None))
        self.rulesLabel.setText(QCoreApplication.translate("ChangePasswordDialog", u"At least 8 characters, mixing letters and digits.", None))
    # retranslateUi

