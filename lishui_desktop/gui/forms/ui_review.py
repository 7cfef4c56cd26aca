# Generated from forms/review.ui by `python -m lishui_desktop.gui.i18n_build`.
# Do not edit: change the .ui file in Qt Designer and rebuild.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QSize)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QRadioButton, QSizePolicy, QSpacerItem, QTableWidget, QVBoxLayout, QWidget)

class Ui_ReviewDialog(object):
    def setupUi(self, ReviewDialog):
        if not ReviewDialog.objectName():
            ReviewDialog.setObjectName(u"ReviewDialog")
        self.verticalLayout_4 = QVBoxLayout(ReviewDialog)
        self.verticalLayout_4.setObjectName(u"verticalLayout_4")
        self.summaryLabel = QLabel(ReviewDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setText(u"")
        self.summaryLabel.setWordWrap(True)

        self.verticalLayout_4.addWidget(self.summaryLabel)

        self.optionsGroup = QGroupBox(ReviewDialog)
        self.optionsGroup.setObjectName(u"optionsGroup")
        self.formLayout = QFormLayout(self.optionsGroup)
        self.formLayout.setObjectName(u"formLayout")
        self.tekunMemberLabel = QLabel(self.optionsGroup)
        self.tekunMemberLabel.setObjectName(u"tekunMemberLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.tekunMemberLabel)

        self.tekunMember = QComboBox(self.optionsGroup)
        self.tekunMember.setObjectName(u"tekunMember")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.tekunMember)

        self.hasSupporter = QCheckBox(self.optionsGroup)
        self.hasSupporter.setObjectName(u"hasSupporter")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.hasSupporter)

        self.givenAmountLabel = QLabel(self.optionsGroup)
        self.givenAmountLabel.setObjectName(u"givenAmountLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.givenAmountLabel)

        self.givenAmount = QLineEdit(self.optionsGroup)
        self.givenAmount.setObjectName(u"givenAmount")
        self.givenAmount.setMaxLength(14)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.givenAmount)

        self.itemsLabel = QLabel(self.optionsGroup)
        self.itemsLabel.setObjectName(u"itemsLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.itemsLabel)

        self.itemsBox = QWidget(self.optionsGroup)
        self.itemsBox.setObjectName(u"itemsBox")
        self.verticalLayout = QVBoxLayout(self.itemsBox)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.verticalLayout.setContentsMargins(0, 0, 0, 0)
        self.itemsTable = QTableWidget(self.itemsBox)
        self.itemsTable.setObjectName(u"itemsTable")
        self.itemsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.itemsTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.itemsTable.setEditTriggers(QAbstractItemView.AllEditTriggers)
        self.itemsTable.setAlternatingRowColors(True)

        self.verticalLayout.addWidget(self.itemsTable)

        self.horizontalLayout = QHBoxLayout()
        self.horizontalLayout.setObjectName(u"horizontalLayout")
        self.addItem = QPushButton(self.itemsBox)
        self.addItem.setObjectName(u"addItem")

        self.horizontalLayout.addWidget(self.addItem)

        self.removeItem = QPushButton(self.itemsBox)
        self.removeItem.setObjectName(u"removeItem")

        self.horizontalLayout.addWidget(self.removeItem)

        self.spacer17 = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.horizontalLayout.addItem(self.spacer17)


        self.verticalLayout.addLayout(self.horizontalLayout)


        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.itemsBox)

        self.horizontalLayout_2 = QHBoxLayout()
        self.horizontalLayout_2.setObjectName(u"horizontalLayout_2")
        self.spacer18 = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.horizontalLayout_2.addItem(self.spacer18)

        self.recalculate = QPushButton(self.optionsGroup)
        self.recalculate.setObjectName(u"recalculate")

        self.horizontalLayout_2.addWidget(self.recalculate)


        self.formLayout.setLayout(4, QFormLayout.ItemRole.SpanningRole, self.horizontalLayout_2)


        self.verticalLayout_4.addWidget(self.optionsGroup)

        self.resultGroup = QGroupBox(ReviewDialog)
        self.resultGroup.setObjectName(u"resultGroup")
        self.verticalLayout_2 = QVBoxLayout(self.resultGroup)
        self.verticalLayout_2.setObjectName(u"verticalLayout_2")
        self.amountLabel = QLabel(self.resultGroup)
        self.amountLabel.setObjectName(u"amountLabel")
        self.amountLabel.setText(u"")

        self.verticalLayout_2.addWidget(self.amountLabel)

        self.explanation = QPlainTextEdit(self.resultGroup)
        self.explanation.setObjectName(u"explanation")
        self.explanation.setReadOnly(True)

        self.verticalLayout_2.addWidget(self.explanation)


        self.verticalLayout_4.addWidget(self.resultGroup)

        self.proposalGroup = QGroupBox(ReviewDialog)
        self.proposalGroup.setObjectName(u"proposalGroup")
        self.verticalLayout_3 = QVBoxLayout(self.proposalGroup)
        self.verticalLayout_3.setObjectName(u"verticalLayout_3")
        self.horizontalLayout_3 = QHBoxLayout()
        self.horizontalLayout_3.setObjectName(u"horizontalLayout_3")
        self.recommendYes = QRadioButton(self.proposalGroup)
        self.recommendYes.setObjectName(u"recommendYes")

        self.horizontalLayout_3.addWidget(self.recommendYes)

        self.recommendNo = QRadioButton(self.proposalGroup)
        self.recommendNo.setObjectName(u"recommendNo")

        self.horizontalLayout_3.addWidget(self.recommendNo)

        self.spacer19 = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.horizontalLayout_3.addItem(self.spacer19)


        self.verticalLayout_3.addLayout(self.horizontalLayout_3)

        self.reasonsLabel = QLabel(self.proposalGroup)
        self.reasonsLabel.setObjectName(u"reasonsLabel")

        self.verticalLayout_3.addWidget(self.reasonsLabel)

        self.reasons = QPlainTextEdit(self.proposalGroup)
        self.reasons.setObjectName(u"reasons")
        self.reasons.setMaximumSize(QSize(16777215, 70))
        self.reasons.setTabChangesFocus(True)

        self.verticalLayout_3.addWidget(self.reasons)


        self.verticalLayout_4.addWidget(self.proposalGroup)

        self.buttonBox = QDialogButtonBox()
        self.buttonBox.setParent(ReviewDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.verticalLayout_4.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.tekunMemberLabel.setBuddy(self.tekunMember)
        self.givenAmountLabel.setBuddy(self.givenAmount)
        self.itemsLabel.setBuddy(self.itemsTable)
        self.reasonsLabel.setBuddy(self.reasons)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tekunMember, self.hasSupporter)
        QWidget.setTabOrder(self.hasSupporter, self.givenAmount)
        QWidget.setTabOrder(self.givenAmount, self.itemsTable)
        QWidget.setTabOrder(self.itemsTable, self.addItem)
        QWidget.setTabOrder(self.addItem, self.removeItem)
        QWidget.setTabOrder(self.removeItem, self.recalculate)
        QWidget.setTabOrder(self.recalculate, self.explanation)
        QWidget.setTabOrder(self.explanation, self.recommendYes)
        QWidget.setTabOrder(self.recommendYes, self.recommendNo)
        QWidget.setTabOrder(self.recommendNo, self.reasons)
        QWidget.setTabOrder(self.reasons, self.buttonBox)

        self.retranslateUi(ReviewDialog)
        self.buttonBox.rejected.connect(ReviewDialog.reject)
    # setupUi

    def retranslateUi(self, ReviewDialog):
        ReviewDialog.setWindowTitle(QCoreApplication.translate("ReviewDialog", u"Preliminary review", None))
        self.optionsGroup.setTitle(QCoreApplication.translate("ReviewDialog", u"Calculation", None))
        self.tekunMemberLabel.setText(QCoreApplication.translate("ReviewDialog", u"&Person supported", None))
        self.hasSupporter.setText(QCoreApplication.translate("ReviewDialog", u"Has a legal supporter able to support", None))
        self.givenAmountLabel.setText(QCoreApplication.translate("ReviewDialog", u"Assessed &amount (yuan)", None))
        self.itemsLabel.setText(QCoreApplication.translate("ReviewDialog", u"&Items", None))
        self.addItem.setText(QCoreApplication.translate("ReviewDialog", u"Add item", None))
        self.removeItem.setText(QCoreApplication.translate("ReviewDialog", u"Remove item", None))
        self.recalculate.setText(QCoreApplication.translate("ReviewDialog", u"&Calculate", None))
        self.resultGroup.setTitle(QCoreApplication.translate("ReviewDialog", u"Computed amount", None))
        self.proposalGroup.setTitle(QCoreApplication.translate("ReviewDialog", u"Proposal", None))
        self.recommendYes.setText(QCoreApplication.translate("ReviewDialog", u"Recommend approval", None))
        self.recommendNo.setText(QCoreApplication.translate("ReviewDialog", u"Do not recommend", None))
        self.reasonsLabel.setText(QCoreApplication.translate("ReviewDialog", u"Reasons (one per line; needed when not recommending)", None))
    # retranslateUi

