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
        <location filename="../../desktop_app/gui/comparison_model.py" line="110"/>
        <location filename="../../desktop_app/gui/comparison_model.py" line="210"/>
        <source>%1/month</source>
        <translation>%1/мес</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/comparison_model.py" line="111"/>
        <source>★ recommended</source>
        <translation>★ рекомендуем</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/comparison_model.py" line="111"/>
        <source>not available</source>
        <translation>недоступен</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/comparison_model.py" line="166"/>
        <source>Availability</source>
        <translation>Доступность</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/comparison_model.py" line="178"/>
        <source>Computed from net prices rounded per unit (note 3 of the price list), so it can differ from the price-list total. The %1 % surcharge, about %2 a month, is billed on top.</source>
        <translation>Считается от цен без НДС, округлённых за единицу (п. 3 прайс-листа), поэтому может отличаться от итога по прайс-листу. Надбавка %1 %, около %2 в месяц, начисляется сверху.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/comparison_model.py" line="194"/>
        <source>✔ yes</source>
        <translation>✔ да</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/comparison_model.py" line="194"/>
        <source>✘ no</source>
        <translation>✘ нет</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/comparison_model.py" line="212"/>
        <source>%1 GB</source>
        <translation>%1 Гб</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/comparison_model.py" line="217"/>
        <source>Not included in the monthly fee</source>
        <translation>Не входит в абонентскую плату</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <location filename="../../desktop_app/gui/comparison_view.py" line="30"/>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
</context>
<context>
    <name>ConfigurationWizard</name>
    <message>
        <location filename="../../desktop_app/gui/wizard.py" line="26"/>
        <source>Plan selection wizard</source>
        <translation>Мастер подбора тарифа</translation>
    </message>
</context>
<context>
    <name>InputPage</name>
    <message>
        <location filename="../../desktop_app/gui/wizard.py" line="80"/>
        <source>How many people will use the PBX, and how many multichannel numbers and simultaneous calls on them the customer needs.</source>
        <translation>Сколько сотрудников будет работать в АТС, сколько многоканальных номеров и одновременных разговоров на них нужно клиенту.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/wizard.py" line="83"/>
        <source>How calls are handled: call-center operators, the voice menu, conferences, forwarding.</source>
        <translation>Как обрабатываются звонки: операторы call-центра, голосовое меню, конференции, переадресация.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/wizard.py" line="84"/>
        <source>An external PBX connected via SIP and the CRM systems to connect.</source>
        <translation>Внешняя АТС по SIP и CRM-системы, которые нужно подключить.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/wizard.py" line="85"/>
        <source>Call recording and cloud storage for the recordings.</source>
        <translation>Запись разговоров и облачное хранилище для записей.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="53"/>
        <source>Cloud PBX: plan comparison</source>
        <translation>Облачная АТС: сравнение тарифов</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="117"/>
        <source>&amp;Quote</source>
        <translation>&amp;Расчёт</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="119"/>
        <source>&amp;New calculation</source>
        <translation>&amp;Новый расчёт</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="122"/>
        <source>Selection &amp;wizard…</source>
        <translation>&amp;Мастер подбора…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="124"/>
        <source>E&amp;xit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="129"/>
        <source>Main</source>
        <translation>Основная</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="168"/>
        <source>Recommended plan: &lt;b&gt;%1&lt;/b&gt;, %2 a month by the price list</source>
        <translation>Рекомендуем тариф &lt;b&gt;%1&lt;/b&gt;: %2 в месяц по прайс-листу</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="174"/>
        <source>The invoice is computed from net prices rounded per unit (note 3 of the price list), so it can differ from the price-list total. The %1 % surcharge is billed on top of the price-list prices (note 3): about %2 a month for %3.</source>
        <translation>Итого по счёту считается от цен без НДС, округлённых за единицу (п. 3 прайс-листа), поэтому может отличаться от итога по прайс-листу. Надбавка к тарифам %1 % начисляется сверх цен прайс-листа (п. 3): около %2 в месяц для тарифа «%3».</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="183"/>
        <source>No plan can serve this configuration.</source>
        <translation>Ни один тариф не подходит для этой конфигурации.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="187"/>
        <source>Every plan can serve this configuration.</source>
        <translation>Все тарифы подходят для этой конфигурации.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="190"/>
        <source>No plan is available: %1</source>
        <translation>Ни один тариф не доступен: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="199"/>
        <source>Hide the price-list services</source>
        <translation>Скрыть услуги прайс-листа</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="201"/>
        <source>Show all %1 price-list services</source>
        <translation>Показать все услуги прайс-листа (%1)</translation>
    </message>
</context>
<context>
    <name>RequirementInputs</name>
    <message>
        <location filename="../../desktop_app/gui/requirement_inputs.py" line="42"/>
        <source>Team and numbers</source>
        <translation>Сотрудники и номера</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/requirement_inputs.py" line="43"/>
        <source>Call handling</source>
        <translation>Обработка звонков</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/requirement_inputs.py" line="44"/>
        <source>Integrations</source>
        <translation>Интеграции</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/requirement_inputs.py" line="45"/>
        <location filename="../../desktop_app/gui/requirement_inputs.py" line="61"/>
        <source>Call recording</source>
        <translation>Запись разговоров</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/requirement_inputs.py" line="51"/>
        <source>Employees</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/requirement_inputs.py" line="52"/>
        <source>Multichannel numbers</source>
        <translation>Многоканальные номера</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/requirement_inputs.py" line="53"/>
        <source>Simultaneous calls on them</source>
        <translation>Одновременных разговоров на них</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/requirement_inputs.py" line="54"/>
        <source>Call-center operators</source>
        <translation>Операторы call-центра</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/requirement_inputs.py" line="55"/>
        <source>Voice menu levels</source>
        <translation>Уровни голосового меню</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/requirement_inputs.py" line="56"/>
        <source>Audio conference size</source>
        <translation>Участников аудиоконференции</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/requirement_inputs.py" line="57"/>
        <source>“Smart” forwarding</source>
        <translation>«Умная» переадресация</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/requirement_inputs.py" line="58"/>
        <source>Connect an external PBX via SIP</source>
        <translation>Подключить внешнюю АТС по SIP</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/requirement_inputs.py" line="59"/>
        <source>Simultaneous lines to that PBX</source>
        <translation>Одновременных линий к ней</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/requirement_inputs.py" line="60"/>
        <source>CRM connectors</source>
        <translation>CRM-коннекторы</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/requirement_inputs.py" line="62"/>
        <source>Storage for recordings, GB</source>
        <translation>Хранилище для записей, Гб</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/requirement_inputs.py" line="213"/>
        <source>enter a whole number, 0 or more</source>
        <translation>введите целое число не меньше 0</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../desktop_app/gui/wizard.py" line="112"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/wizard.py" line="128"/>
        <source>The configuration is not complete.</source>
        <translation>Конфигурация заполнена не полностью.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/wizard.py" line="140"/>
        <source>No plan can serve this configuration.</source>
        <translation>Ни один тариф не подходит для этой конфигурации.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/wizard.py" line="142"/>
        <source>Recommended plan: %1</source>
        <translation>Рекомендуемый тариф: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/wizard.py" line="153"/>
        <source>Next by price: %1, %2 more a month.</source>
        <translation>Следующий по цене тариф — «%1»: дороже на %2 в месяц.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/wizard.py" line="162"/>
        <source>Not available: %1</source>
        <translation>Недоступны: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/wizard.py" line="184"/>
        <source>%n number(s)</source>
        <translation>
            <numerusform>%n номер</numerusform>
            <numerusform>%n номера</numerusform>
            <numerusform>%n номеров</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/wizard.py" line="186"/>
        <source>%n employee(s)</source>
        <translation>
            <numerusform>%n сотрудник</numerusform>
            <numerusform>%n сотрудника</numerusform>
            <numerusform>%n сотрудников</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/wizard.py" line="188"/>
        <source>%n channel(s)</source>
        <translation>
            <numerusform>%n канал</numerusform>
            <numerusform>%n канала</numerusform>
            <numerusform>%n каналов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/wizard.py" line="190"/>
        <source> and </source>
        <translation> и </translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/wizard.py" line="191"/>
        <source>%1: %2 are included in the package</source>
        <translation>%1: %2 входят в пакет</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/wizard.py" line="194"/>
        <source>; the cheapest of the plans that fit.</source>
        <translation>; это самый дешёвый из подходящих тарифов.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/wizard.py" line="209"/>
        <source>The %1 % surcharge is billed on top of the price-list prices (note 3): about %2 a month.</source>
        <translation>Надбавка к тарифам %1 % начисляется сверх цен прайс-листа (п. 3): около %2 в месяц.</translation>
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
</TS>
