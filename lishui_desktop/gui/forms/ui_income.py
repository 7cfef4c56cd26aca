# Generated from forms/income.ui by `python -m lishui_desktop.gui.i18n_build`.
# Do not edit: change the .ui file in Qt Designer and rebuild.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_IncomeDialog(object):
    def setupUi(self, IncomeDialog):
        if not IncomeDialog.objectName():
            IncomeDialog.setObjectName(u"IncomeDialog")
        self.verticalLayout = QVBoxLayout(IncomeDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.memberLabel = QLabel(IncomeDialog)
        self.memberLabel.setObjectName(u"memberLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.memberLabel)

        self.member = QComboBox(IncomeDialog)
        self.member.setObjectName(u"member")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.member)

        self.categoryLabel = QLabel(IncomeDialog)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.categoryLabel)

        self.category = QComboBox(IncomeDialog)
        self.category.setObjectName(u"category")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.category)

        self.countedLabel = QLabel(IncomeDialog)
        self.countedLabel.setObjectName(u"countedLabel")
        self.countedLabel.setText(u"")
        self.countedLabel.setWordWrap(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.countedLabel)

        self.monthlyLabel = QLabel(IncomeDialog)
        self.monthlyLabel.setObjectName(u"monthlyLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.monthlyLabel)

        self.monthly = QLineEdit(IncomeDialog)
        self.monthly.setObjectName(u"monthly")
        self.monthly.setMaxLength(14)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.monthly)

        self.newEmployment = QCheckBox(IncomeDialog)
        self.newEmployment.setObjectName(u"newEmployment")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.newEmployment)

        self.employmentStartLabel = QLabel(IncomeDialog)
        self.employmentStartLabel.setObjectName(u"employmentStartLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.employmentStartLabel)

        self.employmentStart = QDateEdit(IncomeDialog)
        self.employmentStart.setObjectName(u"employmentStart")
        self.employmentStart.setCalendarPopup(True)
        self.employmentStart.setDisplayFormat(u"yyyy-MM-dd")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.employmentStart)

        self.noteLabel = QLabel(IncomeDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.note = QLineEdit(IncomeDialog)
        self.note.setObjectName(u"note")
        self.note.setMaxLength(200)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.note)


        self.verticalLayout.addLayout(self.formLayout)

        self.spacer12 = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.verticalLayout.addItem(self.spacer12)

        self.buttonBox = QDialogButtonBox()
        self.buttonBox.setParent(IncomeDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.memberLabel.setBuddy(self.member)
        self.categoryLabel.setBuddy(self.category)
        self.monthlyLabel.setBuddy(self.monthly)
        self.employmentStartLabel.setBuddy(self.employmentStart)
        self.noteLabel.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.member, self.category)
        QWidget.setTabOrder(self.category, self.monthly)
        QWidget.setTabOrder(self.monthly, self.newEmployment)
        QWidget.setTabOrder(self.newEmployment, self.employmentStart)
        QWidget.setTabOrder(self.employmentStart, self.note)
        QWidget.setTabOrder(self.note, self.buttonBox)

        self.retranslateUi(IncomeDialog)
        self.buttonBox.rejected.connect(IncomeDialog.reject)
    # setupUi

    def retranslateUi(self, IncomeDialog):
        IncomeDialog.setWindowTitle(QCoreApplication.translate("IncomeDialog", u"Income", None))
        self.memberLabel.setText(QCoreApplication.translate("IncomeDialog", u"&Member", None))
        self.categoryLabel.setText(QCoreApplication.translate("IncomeDialog", u"&Category", None))
        self.monthlyLabel.setText(QCoreApplication.translate("IncomeDialog", u"&Monthly amount (yuan)", None))
        self.newEmployment.setText(QCoreApplication.translate("IncomeDialog", u"Income from new employment (part may be disregarded)", None))
        self.employmentStartLabel.setText(QCoreApplication.translate("IncomeDialog", u"&Employment started", None))
        self.noteLabel.setText(QCoreApplication.translate("IncomeDialog", u"N&ote", None))
    # retranslateUi

