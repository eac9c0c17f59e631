<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>ComparisonModel</name>
    <message>
        <location filename="../../desktop_app/gui/comparison_model.py" line="32"/>
        <source>Monthly total by the price list (VAT incl.)</source>
        <translation>Итого в месяц по прайс-листу (с НДС)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/comparison_model.py" line="33"/>
        <source>Amount excluding VAT</source>
        <translation>Сумма без НДС</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/comparison_model.py" line="34"/>
        <source>VAT %1 %</source>
        <translation>НДС %1 %</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/comparison_model.py" line="37"/>
        <source>Invoice total (without the %1 % surcharge)</source>
        <translation>Итого по счёту (без надбавки %1 %)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/comparison_model.py" line="128"/>
        <location filename="../../desktop_app/gui/comparison_model.py" line="237"/>
        <source>%1/month</source>
        <translation>%1/мес</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/comparison_model.py" line="129"/>
        <source>★ recommended</source>
        <translation>★ рекомендуем</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/comparison_model.py" line="129"/>
        <source>not available</source>
        <translation>недоступен</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/comparison_model.py" line="193"/>
        <source>Availability</source>
        <translation>Доступность</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/comparison_model.py" line="205"/>
        <source>Computed from net prices rounded per unit (note 3 of the price list), so it can differ from the price-list total. The %1 % surcharge, about %2 a month, is billed on top.</source>
        <translation>Считается от цен без НДС, округлённых за единицу (п. 3 прайс-листа), поэтому может отличаться от итога по прайс-листу. Надбавка %1 %, около %2 в месяц, начисляется сверху.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/comparison_model.py" line="221"/>
        <source>✔ yes</source>
        <translation>✔ да</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/comparison_model.py" line="221"/>
        <source>✘ no</source>
        <translation>✘ нет</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/comparison_model.py" line="239"/>
        <source>%1 GB</source>
        <translation>%1 Гб</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/comparison_model.py" line="244"/>
        <source>Not included in the monthly fee</source>
        <translation>Не входит в абонентскую плату</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <location filename="../../desktop_app/gui/comparison_view.py" line="33"/>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
</context>
<context>
    <name>ConfigurationWizard</name>
    <message>
        <location filename="../../desktop_app/gui/wizard.py" line="38"/>
        <source>Plan selection wizard</source>
        <translation>Мастер подбора тарифа</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/wizard.py" line="46"/>
        <source>Export to Excel…</source>
        <translation>Экспорт в Excel…</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop_app/gui/export_flow.py" line="61"/>
        <source>Export the quote to Excel</source>
        <translation>Экспорт коммерческого предложения в Excel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_flow.py" line="76"/>
        <source> (recommended)</source>
        <translation> (рекомендуем)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_flow.py" line="81"/>
        <source>Client organisation</source>
        <translation>Организация клиента</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_flow.py" line="82"/>
        <source>INN</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_flow.py" line="84"/>
        <source>Contact person</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_flow.py" line="85"/>
        <source>Plan</source>
        <translation>Тариф</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_flow.py" line="87"/>
        <source>Save…</source>
        <translation>Сохранить…</translation>
    </message>
</context>
<context>
    <name>InputPage</name>
    <message>
        <location filename="../../desktop_app/gui/wizard.py" line="98"/>
        <source>How many people will use the PBX, and how many multichannel numbers and simultaneous calls on them the customer needs.</source>
        <translation>Сколько сотрудников будет работать в АТС, сколько многоканальных номеров и одновременных разговоров на них нужно клиенту.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/wizard.py" line="101"/>
        <source>How calls are handled: call-center operators, the voice menu, conferences, forwarding.</source>
        <translation>Как обрабатываются звонки: операторы call-центра, голосовое меню, конференции, переадресация.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/wizard.py" line="102"/>
        <source>An external PBX connected via SIP and the CRM systems to connect.</source>
        <translation>Внешняя АТС по SIP и CRM-системы, которые нужно подключить.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/wizard.py" line="103"/>
        <source>Call recording and cloud storage for the recordings.</source>
        <translation>Запись разговоров и облачное хранилище для записей.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="54"/>
        <source>Cloud PBX: plan comparison</source>
        <translation>Облачная АТС: сравнение тарифов</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="119"/>
        <source>&amp;Quote</source>
        <translation>&amp;Расчёт</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="121"/>
        <source>&amp;New calculation</source>
        <translation>&amp;Новый расчёт</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="124"/>
        <source>Selection &amp;wizard…</source>
        <translation>&amp;Мастер подбора…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="127"/>
        <source>&amp;Export to Excel…</source>
        <translation>&amp;Экспорт в Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="130"/>
        <source>Seller and quote &amp;settings…</source>
        <translation>&amp;Настройки продавца и КП…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="132"/>
        <source>E&amp;xit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="139"/>
        <source>Main</source>
        <translation>Основная</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="179"/>
        <source>Recommended plan: &lt;b&gt;%1&lt;/b&gt;, %2 a month by the price list</source>
        <translation>Рекомендуем тариф &lt;b&gt;%1&lt;/b&gt;: %2 в месяц по прайс-листу</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="185"/>
        <source>The invoice is computed from net prices rounded per unit (note 3 of the price list), so it can differ from the price-list total. The %1 % surcharge is billed on top of the price-list prices (note 3): about %2 a month for %3.</source>
        <translation>Итого по счёту считается от цен без НДС, округлённых за единицу (п. 3 прайс-листа), поэтому может отличаться от итога по прайс-листу. Надбавка к тарифам %1 % начисляется сверх цен прайс-листа (п. 3): около %2 в месяц для тарифа «%3».</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="194"/>
        <source>No plan can serve this configuration.</source>
        <translation>Ни один тариф не подходит для этой конфигурации.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="198"/>
        <source>Every plan can serve this configuration.</source>
        <translation>Все тарифы подходят для этой конфигурации.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="201"/>
        <source>No plan is available: %1</source>
        <translation>Ни один тариф не доступен: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="210"/>
        <source>Hide the price-list services</source>
        <translation>Скрыть услуги прайс-листа</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="212"/>
        <source>Show all %1 price-list services</source>
        <translation>Показать все услуги прайс-листа (%1)</translation>
    </message>
</context>
<context>
    <name>RequirementInputs</name>
    <message>
        <location filename="../../desktop_app/gui/requirement_inputs.py" line="51"/>
        <source>Team and numbers</source>
        <translation>Сотрудники и номера</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/requirement_inputs.py" line="52"/>
        <source>Call handling</source>
        <translation>Обработка звонков</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/requirement_inputs.py" line="53"/>
        <source>Integrations</source>
        <translation>Интеграции</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/requirement_inputs.py" line="54"/>
        <location filename="../../desktop_app/gui/requirement_inputs.py" line="70"/>
        <source>Call recording</source>
        <translation>Запись разговоров</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/requirement_inputs.py" line="60"/>
        <source>Employees</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/requirement_inputs.py" line="61"/>
        <source>Multichannel numbers</source>
        <translation>Многоканальные номера</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/requirement_inputs.py" line="62"/>
        <source>Simultaneous calls on them</source>
        <translation>Одновременных разговоров на них</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/requirement_inputs.py" line="63"/>
        <source>Call-center operators</source>
        <translation>Операторы call-центра</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/requirement_inputs.py" line="64"/>
        <source>Voice menu levels</source>
        <translation>Уровни голосового меню</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/requirement_inputs.py" line="65"/>
        <source>Audio conference size</source>
        <translation>Участников аудиоконференции</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/requirement_inputs.py" line="66"/>
        <source>“Smart” forwarding</source>
        <translation>«Умная» переадресация</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/requirement_inputs.py" line="67"/>
        <source>Connect an external PBX via SIP</source>
        <translation>Подключить внешнюю АТС по SIP</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/requirement_inputs.py" line="68"/>
        <source>Simultaneous lines to that PBX</source>
        <translation>Одновременных линий к ней</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/requirement_inputs.py" line="69"/>
        <source>CRM connectors</source>
        <translation>CRM-коннекторы</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/requirement_inputs.py" line="71"/>
        <source>Storage for recordings, GB</source>
        <translation>Хранилище для записей, Гб</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/requirement_inputs.py" line="230"/>
        <source>enter a whole number, 0 or more</source>
        <translation>введите целое число не меньше 0</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../desktop_app/gui/wizard.py" line="132"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/wizard.py" line="148"/>
        <source>The configuration is not complete.</source>
        <translation>Конфигурация заполнена не полностью.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/wizard.py" line="167"/>
        <source>No plan can serve this configuration.</source>
        <translation>Ни один тариф не подходит для этой конфигурации.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/wizard.py" line="169"/>
        <source>Recommended plan: %1</source>
        <translation>Рекомендуемый тариф: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/wizard.py" line="180"/>
        <source>Next by price: %1, %2 more a month.</source>
        <translation>Следующий по цене тариф — «%1»: дороже на %2 в месяц.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/wizard.py" line="189"/>
        <source>Not available: %1</source>
        <translation>Недоступны: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/wizard.py" line="211"/>
        <source>%n number(s)</source>
        <translation>
            <numerusform>%n номер</numerusform>
            <numerusform>%n номера</numerusform>
            <numerusform>%n номеров</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/wizard.py" line="213"/>
        <source>%n employee(s)</source>
        <translation>
            <numerusform>%n сотрудник</numerusform>
            <numerusform>%n сотрудника</numerusform>
            <numerusform>%n сотрудников</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/wizard.py" line="215"/>
        <source>%n channel(s)</source>
        <translation>
            <numerusform>%n канал</numerusform>
            <numerusform>%n канала</numerusform>
            <numerusform>%n каналов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/wizard.py" line="217"/>
        <source> and </source>
        <translation> и </translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/wizard.py" line="218"/>
        <source>%1: %2 are included in the package</source>
        <translation>%1: %2 входят в пакет</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/wizard.py" line="221"/>
        <source>; the cheapest of the plans that fit.</source>
        <translation>; это самый дешёвый из подходящих тарифов.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/wizard.py" line="236"/>
        <source>The %1 % surcharge is billed on top of the price-list prices (note 3): about %2 a month.</source>
        <translation>Надбавка к тарифам %1 % начисляется сверх цен прайс-листа (п. 3): около %2 в месяц.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop_app/gui/export_flow.py" line="186"/>
        <source>Seller and quote settings</source>
        <translation>Настройки продавца и КП</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_flow.py" line="200"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_flow.py" line="206"/>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_flow.py" line="207"/>
        <source>Sales representative</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_flow.py" line="208"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_flow.py" line="209"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_flow.py" line="210"/>
        <source>Logo (PNG or JPEG)</source>
        <translation>Логотип (PNG или JPEG)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_flow.py" line="212"/>
        <source>Quote number prefix</source>
        <translation>Префикс номера КП</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_flow.py" line="214"/>
        <source>Quote valid for, days</source>
        <translation>Срок действия КП, дней</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_flow.py" line="227"/>
        <source>Logo</source>
        <translation>Логотип</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_flow.py" line="227"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Изображения (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../desktop_app/gui/app.py" line="48"/>
        <source>Price list</source>
        <translation>Прайс-лист</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/app.py" line="49"/>
        <source>The built-in price list cannot be used:
%1</source>
        <translation>Встроенный прайс-лист не может быть использован:
%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/app.py" line="134"/>
        <source>Unexpected error</source>
        <translation>Непредвиденная ошибка</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/app.py" line="135"/>
        <source>Something went wrong. What you entered is kept; the details are in the log file.</source>
        <translation>Что-то пошло не так. Введённые данные сохранены; подробности записаны в журнал.</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../desktop_app/gui/export_flow.py" line="121"/>
        <location filename="../../desktop_app/gui/export_flow.py" line="128"/>
        <location filename="../../desktop_app/gui/export_flow.py" line="150"/>
        <location filename="../../desktop_app/gui/export_flow.py" line="153"/>
        <location filename="../../desktop_app/gui/export_flow.py" line="165"/>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_flow.py" line="121"/>
        <source>No plan can serve this configuration.</source>
        <translation>Ни один тариф не подходит для этой конфигурации.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_flow.py" line="142"/>
        <source>Save the quote</source>
        <translation>Сохранить коммерческое предложение</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_flow.py" line="142"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_flow.py" line="166"/>
        <source>Quote %1 is saved:
%2</source>
        <translation>Коммерческое предложение %1 сохранено:
%2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_flow.py" line="170"/>
        <source>Open the file</source>
        <translation>Открыть файл</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_flow.py" line="171"/>
        <source>Open the folder</source>
        <translation>Открыть папку</translation>
    </message>
</context>
</TS>
