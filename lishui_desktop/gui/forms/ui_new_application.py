# Generated from forms/new_application.ui by `python -m lishui_desktop.gui.i18n_build`.
# Do not edit: change the .ui file in Qt Designer and rebuild.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QDialogButtonBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QListView, QVBoxLayout, QWidget)

from lishui_desktop.gui.widgets import SearchBox

class Ui_NewApplicationDialog(object):
    def setupUi(self, NewApplicationDialog):
        if not NewApplicationDialog.objectName():
            NewApplicationDialog.setObjectName(u"NewApplicationDialog")
        self.verticalLayout_2 = QVBoxLayout(NewApplicationDialog)
        self.verticalLayout_2.setObjectName(u"verticalLayout_2")
        self.householdGroup = QGroupBox(NewApplicationDialog)
        self.householdGroup.setObjectName(u"householdGroup")
        self.verticalLayout = QVBoxLayout(self.householdGroup)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.search = SearchBox(self.householdGroup)
        self.search.setObjectName(u"search")
        self.search.setClearButtonEnabled(True)

        self.verticalLayout.addWidget(self.search)

        self.householdList = QListView(self.householdGroup)
        self.householdList.setObjectName(u"householdList")

        self.verticalLayout.addWidget(self.householdList)

        self.householdInfo = QLabel(self.householdGroup)
        self.householdInfo.setObjectName(u"householdInfo")
        self.householdInfo.setText(u"")
        self.householdInfo.setWordWrap(True)

        self.verticalLayout.addWidget(self.householdInfo)


        self.verticalLayout_2.addWidget(self.householdGroup)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.typeLabel = QLabel(NewApplicationDialog)
        self.typeLabel.setObjectName(u"typeLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.typeLabel)

        self.type = QComboBox(NewApplicationDialog)
        self.type.setObjectName(u"type")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.type)

        self.applicantLabel = QLabel(NewApplicationDialog)
        self.applicantLabel.setObjectName(u"applicantLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.applicantLabel)

        self.applicant = QComboBox(NewApplicationDialog)
        self.applicant.setObjectName(u"applicant")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.applicant)

        self.requestedLabel = QLabel(NewApplicationDialog)
        self.requestedLabel.setObjectName(u"requestedLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.requestedLabel)

        self.requested = QLineEdit(NewApplicationDialog)
        self.requested.setObjectName(u"requested")
        self.requested.setMaxLength(14)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.requested)

        self.specialHardship = QCheckBox(NewApplicationDialog)
        self.specialHardship.setObjectName(u"specialHardship")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.specialHardship)

        self.submittedOnLabel = QLabel(NewApplicationDialog)
        self.submittedOnLabel.setObjectName(u"submittedOnLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.submittedOnLabel)

        self.submittedOn = QDateEdit(NewApplicationDialog)
        self.submittedOn.setObjectName(u"submittedOn")
        self.submittedOn.setCalendarPopup(True)
        self.submittedOn.setDisplayFormat(u"yyyy-MM-dd")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.submittedOn)


        self.verticalLayout_2.addLayout(self.formLayout)

        self.buttonBox = QDialogButtonBox()
        self.buttonBox.setParent(NewApplicationDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.verticalLayout_2.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.typeLabel.setBuddy(self.type)
        self.applicantLabel.setBuddy(self.applicant)
        self.requestedLabel.setBuddy(self.requested)
        self.submittedOnLabel.setBuddy(self.submittedOn)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.search, self.householdList)
        QWidget.setTabOrder(self.householdList, self.type)
        QWidget.setTabOrder(self.type, self.applicant)
        QWidget.setTabOrder(self.applicant, self.requested)
        QWidget.setTabOrder(self.requested, self.specialHardship)
        QWidget.setTabOrder(self.specialHardship, self.submittedOn)
        QWidget.setTabOrder(self.submittedOn, self.buttonBox)

        self.retranslateUi(NewApplicationDialog)
        self.buttonBox.rejected.connect(NewApplicationDialog.reject)
    # setupUi

    def retranslateUi(self, NewApplicationDialog):
        NewApplicationDialog.setWindowTitle(QCoreApplication.translate("NewApplicationDialog", u"New application", None))
        self.householdGroup.setTitle(QCoreApplication.translate("NewApplicationDialog", u"Household", None))
        self.search.setPlaceholderText(QCoreApplication.translate("NewApplicationDialog", u"Name, pinyin or initials, ID number, phone or village", None))
        self.typeLabel.setText(QCoreApplication.translate("NewApplicationDialog", u"Type of &assistance", None))
        self.applicantLabel.setText(QCoreApplication.translate("NewApplicationDialog", u"A&pplicant", None))
        self.requestedLabel.setText(QCoreApplication.translate("NewApplicationDialog", u"Amount &requested (yuan)", None))
        self.specialHardship.setText(QCoreApplication.translate("NewApplicationDialog", u"Special hardship (temporary assistance up to 12 times the standard)", None))
        self.submittedOnLabel.setText(QCoreApplication.translate("NewApplicationDialog", u"&Date of application", None))
    # retranslateUi

