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
        <location filename="../../desktop_app/gui/comparison_model.py" line="126"/>
        <location filename="../../desktop_app/gui/comparison_model.py" line="223"/>
        <source>%1/month</source>
        <translation>%1/мес</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/comparison_model.py" line="127"/>
        <source>★ recommended</source>
        <translation>★ рекомендуем</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/comparison_model.py" line="127"/>
        <source>not available</source>
        <translation>недоступен</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/comparison_model.py" line="182"/>
        <source>Availability</source>
        <translation>Доступность</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/comparison_model.py" line="195"/>
        <source>Computed from net prices rounded per unit (note 3 of the price list), so it can differ from the price-list total. The %1 % surcharge, about %2 a month, is billed on top.</source>
        <translation>Считается от цен без НДС, округлённых за единицу (п. 3 прайс-листа), поэтому может отличаться от итога по прайс-листу. Надбавка %1 %, около %2 в месяц, начисляется сверху.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/comparison_model.py" line="207"/>
        <source>✔ yes</source>
        <translation>✔ да</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/comparison_model.py" line="207"/>
        <source>✘ no</source>
        <translation>✘ нет</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/comparison_model.py" line="225"/>
        <source>%1 GB</source>
        <translation>%1 Гб</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/comparison_model.py" line="230"/>
        <source>Not included in the monthly fee</source>
        <translation>Не входит в абонентскую плату</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <location filename="../../desktop_app/gui/comparison_view.py" line="34"/>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
</context>
<context>
    <name>ConfigurationWizard</name>
    <message>
        <location filename="../../desktop_app/gui/wizard.py" line="44"/>
        <source>Plan selection wizard</source>
        <translation>Мастер подбора тарифа</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/wizard.py" line="52"/>
        <source>Export to Excel…</source>
        <translation>Экспорт в Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/wizard.py" line="53"/>
        <source>Save to history…</source>
        <translation>Сохранить в историю…</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop_app/gui/export_flow.py" line="54"/>
        <source>Export the quote to Excel</source>
        <translation>Экспорт коммерческого предложения в Excel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_flow.py" line="54"/>
        <source>Save the quote</source>
        <translation>Сохранить коммерческое предложение</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_flow.py" line="69"/>
        <source> (recommended)</source>
        <translation> (рекомендуем)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_flow.py" line="74"/>
        <source>Client organisation</source>
        <translation>Организация клиента</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_flow.py" line="75"/>
        <source>INN</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_flow.py" line="77"/>
        <source>Contact person</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_flow.py" line="78"/>
        <source>Plan</source>
        <translation>Тариф</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_flow.py" line="81"/>
        <source>A new revision of quote %1</source>
        <translation>Новая редакция %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_flow.py" line="91"/>
        <source>Save…</source>
        <translation>Сохранить…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_flow.py" line="91"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../desktop_app/gui/history_window.py" line="104"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history_window.py" line="105"/>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history_window.py" line="106"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history_window.py" line="107"/>
        <source>INN</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history_window.py" line="108"/>
        <source>Plan</source>
        <translation>Тариф</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history_window.py" line="109"/>
        <source>Per month</source>
        <translation>В месяц</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history_window.py" line="110"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history_window.py" line="111"/>
        <source>Valid until</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history_window.py" line="149"/>
        <source>, expired</source>
        <translation>, срок истёк</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history_window.py" line="160"/>
        <source>draft</source>
        <translation>черновик</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history_window.py" line="161"/>
        <source>sent</source>
        <translation>отправлено</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history_window.py" line="162"/>
        <source>accepted</source>
        <translation>принято</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history_window.py" line="163"/>
        <source>declined</source>
        <translation>отклонено</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <location filename="../../desktop_app/gui/history_window.py" line="177"/>
        <source>Quote history</source>
        <translation>История КП</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history_window.py" line="181"/>
        <source>Client, INN, contact or quote number</source>
        <translation>Клиент, ИНН, контакт или номер КП</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history_window.py" line="183"/>
        <source>Created from</source>
        <translation>Создано с</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history_window.py" line="219"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history_window.py" line="220"/>
        <source>Duplicate as a new quote</source>
        <translation>Дублировать как новое КП</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history_window.py" line="221"/>
        <source>Export to Excel…</source>
        <translation>Экспорт в Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history_window.py" line="226"/>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history_window.py" line="234"/>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history_window.py" line="240"/>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history_window.py" line="272"/>
        <source>Found: %1</source>
        <translation>Найдено: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history_window.py" line="306"/>
        <source>Delete quote %1 for %2? Its number is not reused.</source>
        <translation>Удалить %1 для «%2»? Этот номер больше не будет использован.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history_window.py" line="308"/>
        <source>no client</source>
        <translation>клиент не указан</translation>
    </message>
</context>
<context>
    <name>InputPage</name>
    <message>
        <location filename="../../desktop_app/gui/wizard.py" line="111"/>
        <source>How many people will use the PBX, and how many multichannel numbers and simultaneous calls on them the customer needs.</source>
        <translation>Сколько сотрудников будет работать в АТС, сколько многоканальных номеров и одновременных разговоров на них нужно клиенту.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/wizard.py" line="114"/>
        <source>How calls are handled: call-center operators, the voice menu, conferences, forwarding.</source>
        <translation>Как обрабатываются звонки: операторы call-центра, голосовое меню, конференции, переадресация.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/wizard.py" line="115"/>
        <source>An external PBX connected via SIP and the CRM systems to connect.</source>
        <translation>Внешняя АТС по SIP и CRM-системы, которые нужно подключить.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/wizard.py" line="116"/>
        <source>Call recording and cloud storage for the recordings.</source>
        <translation>Запись разговоров и облачное хранилище для записей.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="63"/>
        <source>Cloud PBX: plan comparison</source>
        <translation>Облачная АТС: сравнение тарифов</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="134"/>
        <source>&amp;Quote</source>
        <translation>&amp;Расчёт</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="136"/>
        <source>&amp;New calculation</source>
        <translation>&amp;Новый расчёт</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="139"/>
        <source>Selection &amp;wizard…</source>
        <translation>&amp;Мастер подбора…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="142"/>
        <source>&amp;Export to Excel…</source>
        <translation>&amp;Экспорт в Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="145"/>
        <source>Seller and quote &amp;settings…</source>
        <translation>&amp;Настройки продавца и КП…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="148"/>
        <source>&amp;Save to history…</source>
        <translation>&amp;Сохранить в историю…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="151"/>
        <source>Quote &amp;history…</source>
        <translation>&amp;История КП…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="153"/>
        <source>E&amp;xit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="160"/>
        <source>Main</source>
        <translation>Основная</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="202"/>
        <source>Recommended plan: &lt;b&gt;%1&lt;/b&gt;, %2 a month by the price list</source>
        <translation>Рекомендуем тариф &lt;b&gt;%1&lt;/b&gt;: %2 в месяц по прайс-листу</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="208"/>
        <source>The invoice is computed from net prices rounded per unit (note 3 of the price list), so it can differ from the price-list total. The %1 % surcharge is billed on top of the price-list prices (note 3): about %2 a month for %3.</source>
        <translation>Итого по счёту считается от цен без НДС, округлённых за единицу (п. 3 прайс-листа), поэтому может отличаться от итога по прайс-листу. Надбавка к тарифам %1 % начисляется сверх цен прайс-листа (п. 3): около %2 в месяц для тарифа «%3».</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="217"/>
        <source>No plan can serve this configuration.</source>
        <translation>Ни один тариф не подходит для этой конфигурации.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="221"/>
        <source>Every plan can serve this configuration.</source>
        <translation>Все тарифы подходят для этой конфигурации.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="224"/>
        <source>No plan is available: %1</source>
        <translation>Ни один тариф не доступен: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="233"/>
        <source>Hide the price-list services</source>
        <translation>Скрыть услуги прайс-листа</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="235"/>
        <source>Show all %1 price-list services</source>
        <translation>Показать все услуги прайс-листа (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="261"/>
        <source>Quote %1 is saved already.</source>
        <translation>%1 уже сохранено.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="267"/>
        <source>Saved as quote %1.</source>
        <translation>Сохранено: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="293"/>
        <location filename="../../desktop_app/gui/main_window.py" line="298"/>
        <source>Quote history</source>
        <translation>История КП</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="299"/>
        <source>The history file was damaged. It was moved to %1 and a new history was started.</source>
        <translation>Файл истории был повреждён. Он перемещён в %1, начата новая история.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="348"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="349"/>
        <source>Quote %1 cannot be priced with the current price list: %2</source>
        <translation>%1 нельзя рассчитать по текущему прайс-листу: %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="382"/>
        <source>Duplicate</source>
        <translation>Дублирование</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="387"/>
        <source>Duplicated as quote %1.</source>
        <translation>Создано новое КП: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="399"/>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="399"/>
        <source>This quote cannot be priced with the current price list.</source>
        <translation>Это КП нельзя рассчитать по текущему прайс-листу.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="413"/>
        <source>Quote %1 of %2 for %3: plan «%4», %5 a month by the price list %6.</source>
        <translation>%1 от %2 для «%3»: тариф «%4», %5 в месяц по прайс-листу %6.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="416"/>
        <source>no client</source>
        <translation>клиент не указан</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="426"/>
        <source>The current price list no longer has this plan.</source>
        <translation>В текущем прайс-листе этого тарифа больше нет.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="428"/>
        <source>The current price list prices it the same.</source>
        <translation>По текущему прайс-листу цена та же.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="431"/>
        <source>By the current price list: %1 (%2).</source>
        <translation>По текущему прайс-листу: %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="444"/>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="445"/>
        <source>Quote %1 was changed. Save the changes as a new revision?</source>
        <translation>%1 изменено. Сохранить изменения как новую редакцию?</translation>
    </message>
</context>
<context>
    <name>RequirementInputs</name>
    <message>
        <location filename="../../desktop_app/gui/requirement_inputs.py" line="52"/>
        <source>Team and numbers</source>
        <translation>Сотрудники и номера</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/requirement_inputs.py" line="53"/>
        <source>Call handling</source>
        <translation>Обработка звонков</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/requirement_inputs.py" line="54"/>
        <source>Integrations</source>
        <translation>Интеграции</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/requirement_inputs.py" line="55"/>
        <location filename="../../desktop_app/gui/requirement_inputs.py" line="71"/>
        <source>Call recording</source>
        <translation>Запись разговоров</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/requirement_inputs.py" line="61"/>
        <source>Employees</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/requirement_inputs.py" line="62"/>
        <source>Multichannel numbers</source>
        <translation>Многоканальные номера</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/requirement_inputs.py" line="63"/>
        <source>Simultaneous calls on them</source>
        <translation>Одновременных разговоров на них</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/requirement_inputs.py" line="64"/>
        <source>Call-center operators</source>
        <translation>Операторы call-центра</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/requirement_inputs.py" line="65"/>
        <source>Voice menu levels</source>
        <translation>Уровни голосового меню</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/requirement_inputs.py" line="66"/>
        <source>Audio conference size</source>
        <translation>Участников аудиоконференции</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/requirement_inputs.py" line="67"/>
        <source>“Smart” forwarding</source>
        <translation>«Умная» переадресация</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/requirement_inputs.py" line="68"/>
        <source>Connect an external PBX via SIP</source>
        <translation>Подключить внешнюю АТС по SIP</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/requirement_inputs.py" line="69"/>
        <source>Simultaneous lines to that PBX</source>
        <translation>Одновременных линий к ней</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/requirement_inputs.py" line="70"/>
        <source>CRM connectors</source>
        <translation>CRM-коннекторы</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/requirement_inputs.py" line="72"/>
        <source>Storage for recordings, GB</source>
        <translation>Хранилище для записей, Гб</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/requirement_inputs.py" line="240"/>
        <source>enter a whole number, 0 or more</source>
        <translation>введите целое число не меньше 0</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../desktop_app/gui/wizard.py" line="145"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/wizard.py" line="161"/>
        <source>The configuration is not complete.</source>
        <translation>Конфигурация заполнена не полностью.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/wizard.py" line="182"/>
        <source>No plan can serve this configuration.</source>
        <translation>Ни один тариф не подходит для этой конфигурации.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/wizard.py" line="184"/>
        <source>Recommended plan: %1</source>
        <translation>Рекомендуемый тариф: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/wizard.py" line="195"/>
        <source>Next by price: %1, %2 more a month.</source>
        <translation>Следующий по цене тариф — «%1»: дороже на %2 в месяц.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/wizard.py" line="204"/>
        <source>Not available: %1</source>
        <translation>Недоступны: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/wizard.py" line="226"/>
        <source>%n number(s)</source>
        <translation>
            <numerusform>%n номер</numerusform>
            <numerusform>%n номера</numerusform>
            <numerusform>%n номеров</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/wizard.py" line="228"/>
        <source>%n employee(s)</source>
        <translation>
            <numerusform>%n сотрудник</numerusform>
            <numerusform>%n сотрудника</numerusform>
            <numerusform>%n сотрудников</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/wizard.py" line="230"/>
        <source>%n channel(s)</source>
        <translation>
            <numerusform>%n канал</numerusform>
            <numerusform>%n канала</numerusform>
            <numerusform>%n каналов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/wizard.py" line="232"/>
        <source> and </source>
        <translation> и </translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/wizard.py" line="233"/>
        <source>%1: %2 are included in the package</source>
        <translation>%1: %2 входят в пакет</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/wizard.py" line="236"/>
        <source>; the cheapest of the plans that fit.</source>
        <translation>; это самый дешёвый из подходящих тарифов.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/wizard.py" line="251"/>
        <source>The %1 % surcharge is billed on top of the price-list prices (note 3): about %2 a month.</source>
        <translation>Надбавка к тарифам %1 % начисляется сверх цен прайс-листа (п. 3): около %2 в месяц.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop_app/gui/export_flow.py" line="267"/>
        <source>Seller and quote settings</source>
        <translation>Настройки продавца и КП</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_flow.py" line="281"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_flow.py" line="287"/>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_flow.py" line="288"/>
        <source>Sales representative</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_flow.py" line="289"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_flow.py" line="290"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_flow.py" line="291"/>
        <source>Logo (PNG or JPEG)</source>
        <translation>Логотип (PNG или JPEG)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_flow.py" line="293"/>
        <source>Quote number prefix</source>
        <translation>Префикс номера КП</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_flow.py" line="295"/>
        <source>Quote valid for, days</source>
        <translation>Срок действия КП, дней</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_flow.py" line="308"/>
        <source>Logo</source>
        <translation>Логотип</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_flow.py" line="308"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Изображения (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>TeamQuotesModel</name>
    <message>
        <location filename="../../desktop_app/gui/team_window.py" line="65"/>
        <source>Rep</source>
        <translation>Представитель</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/team_window.py" line="66"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/team_window.py" line="67"/>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/team_window.py" line="68"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/team_window.py" line="69"/>
        <source>INN</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/team_window.py" line="70"/>
        <source>Plan</source>
        <translation>Тариф</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/team_window.py" line="71"/>
        <source>Invoice per month</source>
        <translation>Счёт в месяц</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/team_window.py" line="72"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/team_window.py" line="73"/>
        <source>Valid until</source>
        <translation>Действует до</translation>
    </message>
</context>
<context>
    <name>TeamTotalsModel</name>
    <message>
        <location filename="../../desktop_app/gui/team_window.py" line="123"/>
        <source>Rep</source>
        <translation>Представитель</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/team_window.py" line="124"/>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/team_window.py" line="125"/>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/team_window.py" line="126"/>
        <source>Accepted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/team_window.py" line="127"/>
        <source>Their invoices per month</source>
        <translation>Их счета в месяц</translation>
    </message>
</context>
<context>
    <name>TeamWindow</name>
    <message>
        <location filename="../../desktop_app/gui/team_window.py" line="174"/>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/team_window.py" line="180"/>
        <source>Client, INN or quote number</source>
        <translation>Клиент, ИНН или номер КП</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/team_window.py" line="184"/>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/team_window.py" line="188"/>
        <source>Any plan</source>
        <translation>Любой тариф</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/team_window.py" line="191"/>
        <source>Created from</source>
        <translation>Создано с</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/team_window.py" line="203"/>
        <source>Sync now</source>
        <translation>Синхронизировать</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/team_window.py" line="211"/>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/team_window.py" line="218"/>
        <source>Sent and accepted quotes per rep and month</source>
        <translation>Отправленные и принятые КП по представителям и месяцам</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/team_window.py" line="257"/>
        <source>Every rep</source>
        <translation>Все представители</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/team_window.py" line="283"/>
        <source>Quotes: %1</source>
        <translation>КП: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/team_window.py" line="290"/>
        <source>Syncing…</source>
        <translation>Синхронизация…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/team_window.py" line="304"/>
        <source>The team server cannot be reached; the list is as of the last sync.</source>
        <translation>Сервер команды недоступен; список — на момент последней синхронизации.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/team_window.py" line="307"/>
        <source>This computer has not joined a team.</source>
        <translation>Этот компьютер не подключён к команде.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/team_window.py" line="318"/>
        <source>Last synced %1.</source>
        <translation>Последняя синхронизация: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/team_window.py" line="318"/>
        <source>Never synced.</source>
        <translation>Синхронизации ещё не было.</translation>
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
        <location filename="../../desktop_app/gui/app.py" line="149"/>
        <source>Unexpected error</source>
        <translation>Непредвиденная ошибка</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/app.py" line="150"/>
        <source>Something went wrong. What you entered is kept; the details are in the log file.</source>
        <translation>Что-то пошло не так. Введённые данные сохранены; подробности записаны в журнал.</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../desktop_app/gui/export_flow.py" line="152"/>
        <location filename="../../desktop_app/gui/export_flow.py" line="201"/>
        <location filename="../../desktop_app/gui/export_flow.py" line="235"/>
        <location filename="../../desktop_app/gui/export_flow.py" line="246"/>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_flow.py" line="154"/>
        <source>No plan can serve this configuration.</source>
        <translation>Ни один тариф не подходит для этой конфигурации.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_flow.py" line="137"/>
        <source>Save the quote</source>
        <translation>Сохранить коммерческое предложение</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_flow.py" line="127"/>
        <source>Quote history</source>
        <translation>История КП</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_flow.py" line="137"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_flow.py" line="152"/>
        <location filename="../../desktop_app/gui/export_flow.py" line="218"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_flow.py" line="247"/>
        <source>Quote %1 is saved:
%2</source>
        <translation>Коммерческое предложение %1 сохранено:
%2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_flow.py" line="251"/>
        <source>Open the file</source>
        <translation>Открыть файл</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_flow.py" line="252"/>
        <source>Open the folder</source>
        <translation>Открыть папку</translation>
    </message>
</context>
</TS>
