<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>ComparisonModel</name>
    <message>
        <location filename="../../desktop_app/gui/comparison_model.py" line="34"/>
        <source>Monthly total by the price list (VAT incl.)</source>
        <translation>Итого в месяц по прайс-листу (с НДС)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/comparison_model.py" line="35"/>
        <source>Amount excluding VAT</source>
        <translation>Сумма без НДС</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/comparison_model.py" line="36"/>
        <source>VAT %1 %</source>
        <translation>НДС %1 %</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/comparison_model.py" line="39"/>
        <source>Invoice total (without the %1 % surcharge)</source>
        <translation>Итого по счёту (без надбавки %1 %)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/comparison_model.py" line="42"/>
        <source>Saving a month (current cost − invoice)</source>
        <translation>Экономия в месяц (сейчас − счёт)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/comparison_model.py" line="43"/>
        <source>Saving a year</source>
        <translation>Экономия в год</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/comparison_model.py" line="136"/>
        <location filename="../../desktop_app/gui/comparison_model.py" line="248"/>
        <source>%1/month</source>
        <translation>%1/мес</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/comparison_model.py" line="137"/>
        <source>★ recommended</source>
        <translation>★ рекомендуем</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/comparison_model.py" line="137"/>
        <source>not available</source>
        <translation>недоступен</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/comparison_model.py" line="203"/>
        <source>Availability</source>
        <translation>Доступность</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/comparison_model.py" line="214"/>
        <source>%1 now − %2 by the invoice</source>
        <translation>%1 сейчас − %2 по счёту</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/comparison_model.py" line="216"/>
        <source>12 × the saving a month</source>
        <translation>12 × экономия в месяц</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/comparison_model.py" line="220"/>
        <source>Computed from net prices rounded per unit (note 3 of the price list), so it can differ from the price-list total. The %1 % surcharge, about %2 a month, is billed on top.</source>
        <translation>Считается от цен без НДС, округлённых за единицу (п. 3 прайс-листа), поэтому может отличаться от итога по прайс-листу. Надбавка %1 %, около %2 в месяц, начисляется сверху.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/comparison_model.py" line="232"/>
        <source>✔ yes</source>
        <translation>✔ да</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/comparison_model.py" line="232"/>
        <source>✘ no</source>
        <translation>✘ нет</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/comparison_model.py" line="250"/>
        <source>%1 GB</source>
        <translation>%1 Гб</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/comparison_model.py" line="255"/>
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
        <location filename="../../desktop_app/gui/wizard.py" line="46"/>
        <source>Plan selection wizard</source>
        <translation>Мастер подбора тарифа</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/wizard.py" line="54"/>
        <source>Export to Excel…</source>
        <translation>Экспорт в Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/wizard.py" line="55"/>
        <source>Save to history…</source>
        <translation>Сохранить в историю…</translation>
    </message>
</context>
<context>
    <name>CostChart</name>
    <message>
        <location filename="../../desktop_app/gui/cost_chart.py" line="44"/>
        <source>Employees</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/cost_chart.py" line="45"/>
        <source>Multichannel numbers</source>
        <translation>Многоканальные номера</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/cost_chart.py" line="46"/>
        <source>Simultaneous calls</source>
        <translation>Одновременные разговоры</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/cost_chart.py" line="53"/>
        <source>employees</source>
        <translation>сотрудников</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/cost_chart.py" line="54"/>
        <source>multichannel numbers</source>
        <translation>многоканальных номеров</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/cost_chart.py" line="55"/>
        <source>simultaneous calls</source>
        <translation>одновременных разговоров</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/cost_chart.py" line="60"/>
        <source>Each plan&apos;s monthly cost by the price list (VAT incl.) by the number of</source>
        <translation>Стоимость тарифов в месяц по прайс-листу (с НДС) в зависимости от числа</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/cost_chart.py" line="298"/>
        <source>now: %1</source>
        <translation>сейчас: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/cost_chart.py" line="314"/>
        <source>pays now: %1</source>
        <translation>сейчас платит: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/cost_chart.py" line="365"/>
        <source>from %1 — %2</source>
        <translation>с %1 — %2</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop_app/gui/export_flow.py" line="56"/>
        <source>Export the quote to Excel</source>
        <translation>Экспорт коммерческого предложения в Excel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_flow.py" line="56"/>
        <source>Save the quote</source>
        <translation>Сохранить коммерческое предложение</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_flow.py" line="73"/>
        <source> (recommended)</source>
        <translation> (рекомендуем)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_flow.py" line="78"/>
        <source>Client organisation</source>
        <translation>Организация клиента</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_flow.py" line="80"/>
        <source>INN</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_flow.py" line="82"/>
        <source>Contact person</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_flow.py" line="84"/>
        <source>Plan</source>
        <translation>Тариф</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_flow.py" line="87"/>
        <source>A new revision of quote %1</source>
        <translation>Новая редакция %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_flow.py" line="97"/>
        <source>Save…</source>
        <translation>Сохранить…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_flow.py" line="97"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../desktop_app/gui/history_window.py" line="111"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history_window.py" line="112"/>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history_window.py" line="113"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history_window.py" line="114"/>
        <source>INN</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history_window.py" line="115"/>
        <source>Plan</source>
        <translation>Тариф</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history_window.py" line="116"/>
        <source>Per month</source>
        <translation>В месяц</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history_window.py" line="117"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history_window.py" line="118"/>
        <source>Valid until</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history_window.py" line="156"/>
        <source>, expired</source>
        <translation>, срок истёк</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history_window.py" line="167"/>
        <source>draft</source>
        <translation>черновик</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history_window.py" line="168"/>
        <source>sent</source>
        <translation>отправлено</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history_window.py" line="169"/>
        <source>accepted</source>
        <translation>принято</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history_window.py" line="170"/>
        <source>declined</source>
        <translation>отклонено</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <location filename="../../desktop_app/gui/history_window.py" line="184"/>
        <source>Quote history</source>
        <translation>История КП</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history_window.py" line="189"/>
        <source>Client, INN, contact or quote number</source>
        <translation>Клиент, ИНН, контакт или номер КП</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history_window.py" line="191"/>
        <source>Created from</source>
        <translation>Создано с</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history_window.py" line="227"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history_window.py" line="228"/>
        <source>Duplicate as a new quote</source>
        <translation>Дублировать как новое КП</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history_window.py" line="229"/>
        <source>Export to Excel…</source>
        <translation>Экспорт в Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history_window.py" line="234"/>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history_window.py" line="242"/>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history_window.py" line="248"/>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history_window.py" line="280"/>
        <source>Found: %1</source>
        <translation>Найдено: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history_window.py" line="314"/>
        <source>Delete quote %1 for %2? Its number is not reused.</source>
        <translation>Удалить %1 для «%2»? Этот номер больше не будет использован.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/history_window.py" line="316"/>
        <source>no client</source>
        <translation>клиент не указан</translation>
    </message>
</context>
<context>
    <name>InputPage</name>
    <message>
        <location filename="../../desktop_app/gui/wizard.py" line="113"/>
        <source>How many people will use the PBX, and how many multichannel numbers and simultaneous calls on them the customer needs.</source>
        <translation>Сколько сотрудников будет работать в АТС, сколько многоканальных номеров и одновременных разговоров на них нужно клиенту.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/wizard.py" line="116"/>
        <source>How calls are handled: call-center operators, the voice menu, conferences, forwarding.</source>
        <translation>Как обрабатываются звонки: операторы call-центра, голосовое меню, конференции, переадресация.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/wizard.py" line="117"/>
        <source>An external PBX connected via SIP and the CRM systems to connect.</source>
        <translation>Внешняя АТС по SIP и CRM-системы, которые нужно подключить.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/wizard.py" line="118"/>
        <source>Call recording and cloud storage for the recordings.</source>
        <translation>Запись разговоров и облачное хранилище для записей.</translation>
    </message>
</context>
<context>
    <name>InsightText</name>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/insight_text.py" line="25"/>
        <source>%1 recommended up to %n employee(s)</source>
        <translation>
            <numerusform>%1 рекомендуем до %n сотрудника</numerusform>
            <numerusform>%1 рекомендуем до %n сотрудников</numerusform>
            <numerusform>%1 рекомендуем до %n сотрудников</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/insight_text.py" line="27"/>
        <source>%1 recommended up to %n number(s)</source>
        <translation>
            <numerusform>%1 рекомендуем до %n номера</numerusform>
            <numerusform>%1 рекомендуем до %n номеров</numerusform>
            <numerusform>%1 рекомендуем до %n номеров</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/insight_text.py" line="29"/>
        <source>%1 recommended up to %n channel(s)</source>
        <translation>
            <numerusform>%1 рекомендуем до %n канала</numerusform>
            <numerusform>%1 рекомендуем до %n каналов</numerusform>
            <numerusform>%1 рекомендуем до %n каналов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/insight_text.py" line="34"/>
        <source>employees: no limit</source>
        <translation>сотрудники: без ограничений</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/insight_text.py" line="35"/>
        <source>numbers: no limit</source>
        <translation>номера: без ограничений</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/insight_text.py" line="36"/>
        <source>channels: no limit</source>
        <translation>каналы: без ограничений</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/insight_text.py" line="45"/>
        <source>; from %1 — %2</source>
        <translation>; с %1 — %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/insight_text.py" line="51"/>
        <source>saving %1 a month (%2 a year)</source>
        <translation>экономия %1 в месяц (%2 в год)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/insight_text.py" line="53"/>
        <source>costs %1 a month more than today (%2 a year)</source>
        <translation>дороже, чем сейчас, на %1 в месяц (%2 в год)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="67"/>
        <source>Cloud PBX: plan comparison</source>
        <translation>Облачная АТС: сравнение тарифов</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="150"/>
        <source>&amp;Quote</source>
        <translation>&amp;Расчёт</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="152"/>
        <source>&amp;New calculation</source>
        <translation>&amp;Новый расчёт</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="155"/>
        <source>Selection &amp;wizard…</source>
        <translation>&amp;Мастер подбора…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="158"/>
        <source>&amp;Export to Excel…</source>
        <translation>&amp;Экспорт в Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="161"/>
        <source>Seller and quote &amp;settings…</source>
        <translation>&amp;Настройки продавца и КП…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="164"/>
        <source>&amp;Save to history…</source>
        <translation>&amp;Сохранить в историю…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="167"/>
        <source>Quote &amp;history…</source>
        <translation>&amp;История КП…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="169"/>
        <source>E&amp;xit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="176"/>
        <source>Main</source>
        <translation>Основная</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="227"/>
        <source>Recommended plan: &lt;b&gt;%1&lt;/b&gt;, %2 a month by the price list</source>
        <translation>Рекомендуем тариф &lt;b&gt;%1&lt;/b&gt;: %2 в месяц по прайс-листу</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="236"/>
        <source>The invoice is computed from net prices rounded per unit (note 3 of the price list), so it can differ from the price-list total. The %1 % surcharge is billed on top of the price-list prices (note 3): about %2 a month for %3.</source>
        <translation>Итого по счёту считается от цен без НДС, округлённых за единицу (п. 3 прайс-листа), поэтому может отличаться от итога по прайс-листу. Надбавка к тарифам %1 % начисляется сверх цен прайс-листа (п. 3): около %2 в месяц для тарифа «%3».</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="245"/>
        <source>No plan can serve this configuration.</source>
        <translation>Ни один тариф не подходит для этой конфигурации.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="249"/>
        <source>Every plan can serve this configuration.</source>
        <translation>Все тарифы подходят для этой конфигурации.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="252"/>
        <source>No plan is available: %1</source>
        <translation>Ни один тариф не доступен: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="261"/>
        <source>Hide the price-list services</source>
        <translation>Скрыть услуги прайс-листа</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="263"/>
        <source>Show all %1 price-list services</source>
        <translation>Показать все услуги прайс-листа (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="307"/>
        <source>Quote %1 is saved already.</source>
        <translation>%1 уже сохранено.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="313"/>
        <source>Saved as quote %1.</source>
        <translation>Сохранено: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="379"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="380"/>
        <source>Quote %1 cannot be priced with the current price list: %2</source>
        <translation>%1 нельзя рассчитать по текущему прайс-листу: %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="410"/>
        <source>Duplicate</source>
        <translation>Дублирование</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="415"/>
        <source>Duplicated as quote %1.</source>
        <translation>Создано новое КП: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="427"/>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="427"/>
        <source>This quote cannot be priced with the current price list.</source>
        <translation>Это КП нельзя рассчитать по текущему прайс-листу.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="441"/>
        <source>Quote %1 of %2 for %3: plan «%4», %5 a month by the price list %6.</source>
        <translation>%1 от %2 для «%3»: тариф «%4», %5 в месяц по прайс-листу %6.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="444"/>
        <source>no client</source>
        <translation>клиент не указан</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="454"/>
        <source>The current price list no longer has this plan.</source>
        <translation>В текущем прайс-листе этого тарифа больше нет.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="456"/>
        <source>The current price list prices it the same.</source>
        <translation>По текущему прайс-листу цена та же.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="459"/>
        <source>By the current price list: %1 (%2).</source>
        <translation>По текущему прайс-листу: %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="472"/>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="473"/>
        <source>Quote %1 was changed. Save the changes as a new revision?</source>
        <translation>%1 изменено. Сохранить изменения как новую редакцию?</translation>
    </message>
</context>
<context>
    <name>RequirementInputs</name>
    <message>
        <location filename="../../desktop_app/gui/requirement_inputs.py" line="44"/>
        <source>Team and numbers</source>
        <translation>Сотрудники и номера</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/requirement_inputs.py" line="45"/>
        <source>Call handling</source>
        <translation>Обработка звонков</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/requirement_inputs.py" line="46"/>
        <source>Integrations</source>
        <translation>Интеграции</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/requirement_inputs.py" line="47"/>
        <location filename="../../desktop_app/gui/requirement_inputs.py" line="63"/>
        <source>Call recording</source>
        <translation>Запись разговоров</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/requirement_inputs.py" line="53"/>
        <source>Employees</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/requirement_inputs.py" line="54"/>
        <source>Multichannel numbers</source>
        <translation>Многоканальные номера</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/requirement_inputs.py" line="55"/>
        <source>Simultaneous calls on them</source>
        <translation>Одновременных разговоров на них</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/requirement_inputs.py" line="56"/>
        <source>Call-center operators</source>
        <translation>Операторы call-центра</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/requirement_inputs.py" line="57"/>
        <source>Voice menu levels</source>
        <translation>Уровни голосового меню</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/requirement_inputs.py" line="58"/>
        <source>Audio conference size</source>
        <translation>Участников аудиоконференции</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/requirement_inputs.py" line="59"/>
        <source>“Smart” forwarding</source>
        <translation>«Умная» переадресация</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/requirement_inputs.py" line="60"/>
        <source>Connect an external PBX via SIP</source>
        <translation>Подключить внешнюю АТС по SIP</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/requirement_inputs.py" line="61"/>
        <source>Simultaneous lines to that PBX</source>
        <translation>Одновременных линий к ней</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/requirement_inputs.py" line="62"/>
        <source>CRM connectors</source>
        <translation>CRM-коннекторы</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/requirement_inputs.py" line="64"/>
        <source>Storage for recordings, GB</source>
        <translation>Хранилище для записей, Гб</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/requirement_inputs.py" line="65"/>
        <source>Customer pays now, ₽/month</source>
        <translation>Сейчас клиент платит, ₽/мес</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/requirement_inputs.py" line="99"/>
        <source>not given</source>
        <translation>не указано</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/requirement_inputs.py" line="102"/>
        <source>What the customer pays for telephony today, with VAT: the grid then shows each plan&apos;s saving.</source>
        <translation>Сколько клиент платит за телефонию сейчас, с НДС: тогда в таблице видна экономия на каждом тарифе.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/requirement_inputs.py" line="259"/>
        <source>enter a number, 0 or more</source>
        <translation>введите число не меньше 0</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/requirement_inputs.py" line="261"/>
        <source>enter a whole number, 0 or more</source>
        <translation>введите целое число не меньше 0</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../desktop_app/gui/wizard.py" line="147"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/wizard.py" line="164"/>
        <source>The configuration is not complete.</source>
        <translation>Конфигурация заполнена не полностью.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/wizard.py" line="186"/>
        <source>No plan can serve this configuration.</source>
        <translation>Ни один тариф не подходит для этой конфигурации.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/wizard.py" line="188"/>
        <source>Recommended plan: %1</source>
        <translation>Рекомендуемый тариф: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/wizard.py" line="196"/>
        <source>The customer pays %1 a month now; with %2: %3.</source>
        <translation>Сейчас клиент платит %1 в месяц; с тарифом «%2» — %3.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/wizard.py" line="208"/>
        <source>Next by price: %1, %2 more a month.</source>
        <translation>Следующий по цене тариф — «%1»: дороже на %2 в месяц.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/wizard.py" line="217"/>
        <source>Not available: %1</source>
        <translation>Недоступны: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/wizard.py" line="239"/>
        <source>%n number(s)</source>
        <translation>
            <numerusform>%n номер</numerusform>
            <numerusform>%n номера</numerusform>
            <numerusform>%n номеров</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/wizard.py" line="241"/>
        <source>%n employee(s)</source>
        <translation>
            <numerusform>%n сотрудник</numerusform>
            <numerusform>%n сотрудника</numerusform>
            <numerusform>%n сотрудников</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/wizard.py" line="243"/>
        <source>%n channel(s)</source>
        <translation>
            <numerusform>%n канал</numerusform>
            <numerusform>%n канала</numerusform>
            <numerusform>%n каналов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/wizard.py" line="245"/>
        <source> and </source>
        <translation> и </translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/wizard.py" line="246"/>
        <source>%1: %2 are included in the package</source>
        <translation>%1: %2 входят в пакет</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/wizard.py" line="249"/>
        <source>; the cheapest of the plans that fit.</source>
        <translation>; это самый дешёвый из подходящих тарифов.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/wizard.py" line="264"/>
        <source>The %1 % surcharge is billed on top of the price-list prices (note 3): about %2 a month.</source>
        <translation>Надбавка к тарифам %1 % начисляется сверх цен прайс-листа (п. 3): около %2 в месяц.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop_app/gui/export_flow.py" line="296"/>
        <source>Seller and quote settings</source>
        <translation>Настройки продавца и КП</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_flow.py" line="312"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_flow.py" line="319"/>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_flow.py" line="321"/>
        <source>Sales representative</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_flow.py" line="323"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_flow.py" line="325"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_flow.py" line="327"/>
        <source>Logo (PNG or JPEG)</source>
        <translation>Логотип (PNG или JPEG)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_flow.py" line="329"/>
        <source>Quote number prefix</source>
        <translation>Префикс номера КП</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_flow.py" line="331"/>
        <source>Quote valid for, days</source>
        <translation>Срок действия КП, дней</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_flow.py" line="345"/>
        <source>Logo</source>
        <translation>Логотип</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_flow.py" line="345"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Изображения (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>TeamQuotesModel</name>
    <message>
        <location filename="../../desktop_app/gui/team_window.py" line="77"/>
        <source>Rep</source>
        <translation>Представитель</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/team_window.py" line="78"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/team_window.py" line="79"/>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/team_window.py" line="80"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/team_window.py" line="81"/>
        <source>INN</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/team_window.py" line="82"/>
        <source>Plan</source>
        <translation>Тариф</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/team_window.py" line="83"/>
        <source>Invoice per month</source>
        <translation>Счёт в месяц</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/team_window.py" line="84"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/team_window.py" line="85"/>
        <source>Valid until</source>
        <translation>Действует до</translation>
    </message>
</context>
<context>
    <name>TeamTotalsModel</name>
    <message>
        <location filename="../../desktop_app/gui/team_window.py" line="135"/>
        <source>Rep</source>
        <translation>Представитель</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/team_window.py" line="136"/>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/team_window.py" line="137"/>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/team_window.py" line="138"/>
        <source>Accepted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/team_window.py" line="139"/>
        <source>Their invoices per month</source>
        <translation>Их счета в месяц</translation>
    </message>
</context>
<context>
    <name>TeamWindow</name>
    <message>
        <location filename="../../desktop_app/gui/team_window.py" line="193"/>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/team_window.py" line="198"/>
        <source>Client, INN or quote number</source>
        <translation>Клиент, ИНН или номер КП</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/team_window.py" line="202"/>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/team_window.py" line="206"/>
        <source>Any plan</source>
        <translation>Любой тариф</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/team_window.py" line="209"/>
        <source>Created from</source>
        <translation>Создано с</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/team_window.py" line="221"/>
        <source>Sync now</source>
        <translation>Синхронизировать</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/team_window.py" line="229"/>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/team_window.py" line="236"/>
        <source>Sent and accepted quotes per rep and month</source>
        <translation>Отправленные и принятые КП по представителям и месяцам</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/team_window.py" line="277"/>
        <source>Every rep</source>
        <translation>Все представители</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/team_window.py" line="303"/>
        <source>Quotes: %1</source>
        <translation>КП: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/team_window.py" line="310"/>
        <source>Syncing…</source>
        <translation>Синхронизация…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/team_window.py" line="317"/>
        <source>The team server cannot be reached; the list is as of the last sync.</source>
        <translation>Сервер команды недоступен; список — на момент последней синхронизации.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/team_window.py" line="320"/>
        <source>This computer has not joined a team.</source>
        <translation>Этот компьютер не подключён к команде.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/team_window.py" line="331"/>
        <source>Last synced %1.</source>
        <translation>Последняя синхронизация: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/team_window.py" line="331"/>
        <source>Never synced.</source>
        <translation>Синхронизации ещё не было.</translation>
    </message>
</context>
<context>
    <name>VatBanner</name>
    <message>
        <location filename="../../desktop_app/gui/vat_banner.py" line="36"/>
        <source>The price list&apos;s VAT rate is %1 %, but from %2 the general VAT rate is %3 %. The figures follow the price list: ask the operator for a current one.</source>
        <translation>В прайс-листе НДС %1 %, а с %2 общая ставка НДС — %3 %. Расчёт показывает цены прайс-листа: запросите у оператора актуальный прайс-лист.</translation>
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
        <location filename="../../desktop_app/gui/export_flow.py" line="187"/>
        <location filename="../../desktop_app/gui/export_flow.py" line="227"/>
        <location filename="../../desktop_app/gui/export_flow.py" line="264"/>
        <location filename="../../desktop_app/gui/export_flow.py" line="275"/>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_flow.py" line="189"/>
        <source>No plan can serve this configuration.</source>
        <translation>Ни один тариф не подходит для этой конфигурации.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_flow.py" line="171"/>
        <source>Save the quote</source>
        <translation>Сохранить коммерческое предложение</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_flow.py" line="152"/>
        <location filename="../../desktop_app/gui/export_flow.py" line="155"/>
        <source>Quote history</source>
        <translation>История КП</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_flow.py" line="171"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_flow.py" line="187"/>
        <location filename="../../desktop_app/gui/export_flow.py" line="248"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_flow.py" line="276"/>
        <source>Quote %1 is saved:
%2</source>
        <translation>Коммерческое предложение %1 сохранено:
%2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_flow.py" line="280"/>
        <source>Open the file</source>
        <translation>Открыть файл</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/export_flow.py" line="281"/>
        <source>Open the folder</source>
        <translation>Открыть папку</translation>
    </message>
</context>
</TS>
