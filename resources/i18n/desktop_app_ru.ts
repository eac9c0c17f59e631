<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>ComparisonModel</name>
    <message>
        <source>%1/month</source>
        <translation>%1/мес</translation>
    </message>
    <message>
        <source>★ recommended</source>
        <translation>★ рекомендуем</translation>
    </message>
    <message>
        <source>✘ not available</source>
        <translation>✘ недоступен</translation>
    </message>
    <message>
        <source>%1 now − %2 by the invoice</source>
        <translation>%1 сейчас − %2 по счёту</translation>
    </message>
    <message>
        <source>12 × the saving a month</source>
        <translation>12 × экономия в месяц</translation>
    </message>
    <message>
        <source>Computed from net prices rounded per unit (note 3 of the price list), so it can differ from the price-list total. The %1 % surcharge, about %2 a month, is billed on top.</source>
        <translation>Считается от цен без НДС, округлённых за единицу (п. 3 прайс-листа), поэтому может отличаться от итога по прайс-листу. Надбавка %1 %, около %2 в месяц, начисляется сверху.</translation>
    </message>
    <message>
        <source>The sum of the lines at price-list prices; the customer pays the invoice total below.</source>
        <translation>Сумма строк по ценам прайс-листа; клиент платит итог по счёту ниже.</translation>
    </message>
    <message>
        <source>✔ yes</source>
        <translation>✔ да</translation>
    </message>
    <message>
        <source>✘ no</source>
        <translation>✘ нет</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 ГБ</translation>
    </message>
    <message>
        <source>Not included in the monthly fee</source>
        <translation>Не входит в абонентскую плату</translation>
    </message>
    <message>
        <source>Fits this configuration</source>
        <translation>Подходит для этой конфигурации</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <source>Plan comparison</source>
        <translation>Сравнение тарифов</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
</context>
<context>
    <name>ConfigurationWizard</name>
    <message>
        <source>Plan selection wizard</source>
        <translation>Мастер подбора тарифа</translation>
    </message>
    <message>
        <source>Export the quote…</source>
        <translation>Выгрузить КП…</translation>
    </message>
    <message>
        <source>Save to history…</source>
        <translation>Сохранить в историю…</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Шаг %1 из %2</translation>
    </message>
    <message>
        <source>Price: fill in the marked fields</source>
        <translation>Цена: заполните отмеченные поля</translation>
    </message>
    <message>
        <source>No plan fits these answers</source>
        <translation>Ни один тариф не подходит под эти ответы</translation>
    </message>
    <message>
        <source>Now: %1, %2 a month by the invoice</source>
        <translation>Сейчас: «%1», %2 в месяц по счёту</translation>
    </message>
</context>
<context>
    <name>CostChart</name>
    <message>
        <source>Each plan&apos;s monthly cost by the price list (VAT incl.) by the number of</source>
        <translation>Стоимость тарифов в месяц по прайс-листу (с НДС) в зависимости от числа</translation>
    </message>
    <message>
        <source>close-up around the current value, ₽ not from 0</source>
        <translation>крупно: рядом с текущим значением, ₽ не от нуля</translation>
    </message>
    <message>
        <source>now: %1</source>
        <translation>сейчас: %1</translation>
    </message>
    <message>
        <source>pays now: %1</source>
        <translation>сейчас платит: %1</translation>
    </message>
    <message>
        <source>from %1 — %2</source>
        <translation>с %1 — %2</translation>
    </message>
</context>
<context>
    <name>DateRange</name>
    <message>
        <source>Created from</source>
        <translation>Создано с</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
</context>
<context>
    <name>DifferenceDialog</name>
    <message>
        <source>Differences of the new price list</source>
        <translation>Отличия нового прайс-листа</translation>
    </message>
    <message>
        <source>Price list %1 (in force from %2) against %3:</source>
        <translation>Прайс-лист %1 (действует с %2) в сравнении с %3:</translation>
    </message>
    <message>
        <source>No differences: the same prices, counts and rows.</source>
        <translation>Отличий нет: те же цены, количества и строки.</translation>
    </message>
    <message>
        <source>Worked examples, the recommended plan&apos;s invoice per month on %1:</source>
        <translation>Примеры из правил расчёта: счёт в месяц по рекомендуемому тарифу на %1:</translation>
    </message>
    <message>
        <source>employees %1, numbers %2</source>
        <translation>сотрудников %1, номеров %2</translation>
    </message>
    <message>
        <source>, external PBX with %1 lines</source>
        <translation>, внешняя АТС на %1 линий</translation>
    </message>
    <message>
        <source>no plan</source>
        <translation>нет подходящего тарифа</translation>
    </message>
    <message>
        <source>Keep the list</source>
        <translation>Сохранить прайс-лист</translation>
    </message>
    <message>
        <source>VAT rate in the prices</source>
        <translation>Ставка НДС в ценах</translation>
    </message>
    <message>
        <source>Surcharge rate</source>
        <translation>Надбавка к тарифам</translation>
    </message>
    <message>
        <source>CRM connector %1</source>
        <translation>CRM-коннектор %1</translation>
    </message>
    <message>
        <source>Row of the sheet</source>
        <translation>Строка прайс-листа</translation>
    </message>
    <message>
        <source>Note %1</source>
        <translation>Примечание %1</translation>
    </message>
</context>
<context>
    <name>DiscountEditor</name>
    <message>
        <source>Discounts</source>
        <translation>Скидки</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Вариант</translation>
    </message>
    <message>
        <source>Every line</source>
        <translation>Все строки</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>For the first months</source>
        <translation>На первые месяцы</translation>
    </message>
    <message>
        <source>the whole term</source>
        <translation>весь срок</translation>
    </message>
    <message>
        <source> mo.</source>
        <translation> мес.</translation>
    </message>
    <message>
        <source>For the first</source>
        <translation>Действует</translation>
    </message>
    <message>
        <source>Option %1 — %2</source>
        <translation>Вариант %1 — %2</translation>
    </message>
    <message>
        <source>No discount: the offer is at list prices.</source>
        <translation>Без скидки: предложение по ценам прайс-листа.</translation>
    </message>
    <message>
        <source>%1: %2 → %3 a unit without VAT</source>
        <translation>%1: %2 → %3 за единицу без НДС</translation>
    </message>
    <message>
        <source>Invoice a month: &lt;b&gt;%1&lt;/b&gt; for the first %2 mo., then %3 (without the discount)</source>
        <translation>Счёт в месяц: &lt;b&gt;%1&lt;/b&gt; в первые %2 мес., затем %3 (без скидки)</translation>
    </message>
    <message>
        <source>Invoice a month: &lt;b&gt;%1&lt;/b&gt; (without the discount %2)</source>
        <translation>Счёт в месяц: &lt;b&gt;%1&lt;/b&gt; (без скидки %2)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Save the quote</source>
        <translation>Сохранить коммерческое предложение</translation>
    </message>
    <message>
        <source> (recommended)</source>
        <translation> (рекомендуем)</translation>
    </message>
    <message>
        <source>Client organisation</source>
        <translation>Организация клиента</translation>
    </message>
    <message>
        <source>Export the quote</source>
        <translation>Выгрузка предложения</translation>
    </message>
    <message>
        <source>INN</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <source>Client&apos;s e-mail</source>
        <translation>E-mail клиента</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Тариф</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>PDF and Excel</source>
        <translation>PDF и Excel</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Excel</source>
        <translation>Excel</translation>
    </message>
    <message>
        <source>Date and VAT</source>
        <translation>Дата и НДС</translation>
    </message>
    <message>
        <source>A new revision of quote %1</source>
        <translation>Новая редакция %1</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Выгрузить…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>%1, VAT %2 %</source>
        <translation>%1, НДС %2 %</translation>
    </message>
    <message>
        <source> on the price list&apos;s net prices (its prices include VAT %1 %)</source>
        <translation> на цены прайс-листа без НДС (цены прайс-листа включают НДС %1 %)</translation>
    </message>
</context>
<context>
    <name>ExportDone</name>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Quote %1 is saved:
%2</source>
        <translation>Коммерческое предложение %1 сохранено:
%2</translation>
    </message>
    <message>
        <source>Open the file</source>
        <translation>Открыть файл</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Открыть папку</translation>
    </message>
    <message>
        <source>Send to the client…</source>
        <translation>Отправить клиенту…</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>INN</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Тариф</translation>
    </message>
    <message>
        <source>Invoice per month</source>
        <translation>Счёт в месяц</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>НДС</translation>
    </message>
    <message>
        <source>The price list&apos;s VAT rate differs from the general rate in force on the quote&apos;s date.</source>
        <translation>Ставка НДС прайс-листа отличается от общей ставки, действовавшей на дату предложения.</translation>
    </message>
    <message numerus="yes">
        <source> (+%n option(s))</source>
        <translation>
            <numerusform> (+%n вариант)</numerusform>
            <numerusform> (+%n варианта)</numerusform>
            <numerusform> (+%n вариантов)</numerusform>
        </translation>
    </message>
    <message>
        <source>, discount not approved</source>
        <translation>, скидка не согласована</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>Quote history</source>
        <translation>История КП</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Client, INN, contact or quote number</source>
        <translation>Клиент, ИНН, контакт или номер КП</translation>
    </message>
    <message>
        <source>Saved quotes</source>
        <translation>Сохранённые предложения</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>no quote selected</source>
        <translation>предложение не выбрано</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Duplicate as a new quote</source>
        <translation>Дублировать как новое КП</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Выгрузить…</translation>
    </message>
    <message>
        <source>Send to the client…</source>
        <translation>Отправить клиенту…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <source>Offers that need attention</source>
        <translation>КП, требующие внимания</translation>
    </message>
    <message>
        <source>Need attention: %1 (expiring within 7 days, or sent 7 days ago with no answer)</source>
        <translation>Требуют внимания: %1 (истекают в течение 7 дней или отправлены 7 дней назад и без ответа)</translation>
    </message>
    <message>
        <source>Revisions of the offer</source>
        <translation>Редакции предложения</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Что изменилось</translation>
    </message>
    <message>
        <source>By the price list in force</source>
        <translation>По действующему прайс-листу</translation>
    </message>
    <message>
        <source>Reprice by the new price list</source>
        <translation>Пересчитать по новому прайсу</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Редакции</translation>
    </message>
    <message>
        <source>New price list</source>
        <translation>Новый прайс</translation>
    </message>
    <message>
        <source>Select an offer to see its revisions.</source>
        <translation>Выберите КП, чтобы увидеть его редакции.</translation>
    </message>
    <message>
        <source>Revision 1 is the first: nothing to compare it with.</source>
        <translation>Редакция 1 — первая: сравнивать не с чем.</translation>
    </message>
    <message>
        <source>Revision %1 of %2 against revision %3 of %4:</source>
        <translation>Редакция %1 от %2 по сравнению с редакцией %3 от %4:</translation>
    </message>
    <message>
        <source>Revision %1 changes nothing against revision %2.</source>
        <translation>Редакция %1 ничего не меняет по сравнению с редакцией %2.</translation>
    </message>
    <message>
        <source>Revision %1 was priced by price list %2; the list in force now is %3.</source>
        <translation>Редакция %1 рассчитана по прайс-листу %2; сейчас действует прайс-лист %3. «Было» — сохранённые суммы, «Стало» — по действующему прайсу.</translation>
    </message>
    <message>
        <source>Priced by the price list in force: nothing to reprice.</source>
        <translation>Рассчитано по действующему прайс-листу: пересчитывать нечего.</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation>Найдено: %1</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <source>Which option did the client accept?</source>
        <translation>Какой вариант принял клиент?</translation>
    </message>
    <message>
        <source>Delete quote %1 for %2? Its number is not reused.</source>
        <translation>Удалить %1 для «%2»? Этот номер больше не будет использован.</translation>
    </message>
    <message>
        <source>no client</source>
        <translation>клиент не указан</translation>
    </message>
</context>
<context>
    <name>InputPage</name>
    <message>
        <source>How many people will use the PBX, and how many multichannel numbers and simultaneous calls on them the customer needs.</source>
        <translation>Сколько сотрудников будет работать в АТС, сколько многоканальных номеров и одновременных разговоров на них нужно клиенту.</translation>
    </message>
    <message>
        <source>How calls are handled: call-center operators, the voice menu, conferences, forwarding.</source>
        <translation>Как обрабатываются звонки: операторы call-центра, голосовое меню, конференции, переадресация.</translation>
    </message>
    <message>
        <source>An external PBX connected via SIP and the CRM systems to connect.</source>
        <translation>Внешняя АТС по SIP и CRM-системы, которые нужно подключить.</translation>
    </message>
    <message>
        <source>Call recording and cloud storage for the recordings.</source>
        <translation>Запись разговоров и облачное хранилище для записей.</translation>
    </message>
</context>
<context>
    <name>InsightText</name>
    <message numerus="yes">
        <source>%1 recommended up to %n employee(s)</source>
        <translation>
            <numerusform>%1 рекомендуем до %n сотрудника</numerusform>
            <numerusform>%1 рекомендуем до %n сотрудников</numerusform>
            <numerusform>%1 рекомендуем до %n сотрудников</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 recommended up to %n number(s)</source>
        <translation>
            <numerusform>%1 рекомендуем до %n номера</numerusform>
            <numerusform>%1 рекомендуем до %n номеров</numerusform>
            <numerusform>%1 рекомендуем до %n номеров</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 recommended up to %n channel(s)</source>
        <translation>
            <numerusform>%1 рекомендуем до %n канала</numerusform>
            <numerusform>%1 рекомендуем до %n каналов</numerusform>
            <numerusform>%1 рекомендуем до %n каналов</numerusform>
        </translation>
    </message>
    <message>
        <source>the same plan for any number of employees</source>
        <translation>тот же тариф при любом числе сотрудников</translation>
    </message>
    <message>
        <source>the same plan for any number of numbers</source>
        <translation>тот же тариф при любом числе номеров</translation>
    </message>
    <message>
        <source>the same plan for any number of channels</source>
        <translation>тот же тариф при любом числе каналов</translation>
    </message>
    <message>
        <source>; from %1 — %2</source>
        <translation>; с %1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>No plan: at most %n participant(s)</source>
        <translation>
            <numerusform>Ни один тариф: не больше %n участника</numerusform>
            <numerusform>Ни один тариф: не больше %n участников</numerusform>
            <numerusform>Ни один тариф: не больше %n участников</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No plan: at most %n level(s)</source>
        <translation>
            <numerusform>Ни один тариф: не больше %n уровня</numerusform>
            <numerusform>Ни один тариф: не больше %n уровней</numerusform>
            <numerusform>Ни один тариф: не больше %n уровней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n участника</numerusform>
            <numerusform>%n участников</numerusform>
            <numerusform>%n участников</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n menu level(s)</source>
        <translation>
            <numerusform>%n уровня меню</numerusform>
            <numerusform>%n уровней меню</numerusform>
            <numerusform>%n уровней меню</numerusform>
        </translation>
    </message>
    <message>
        <source>Even cut to %1, no plan fits.</source>
        <translation>Даже при сокращении до %1 ни один тариф не подходит.</translation>
    </message>
    <message>
        <source>Cut to %1, %2 fits: %3 a month by the invoice.</source>
        <translation>При сокращении до %1 подойдёт «%2»: %3 в месяц по счёту.</translation>
    </message>
    <message>
        <source>the only plan that fits</source>
        <translation>единственный подходящий тариф</translation>
    </message>
    <message>
        <source>the same price as %1 by the price list; the higher tier gives more room to grow</source>
        <translation>по прайс-листу столько же, сколько %1; старший тариф даёт больше запаса</translation>
    </message>
    <message>
        <source>the cheapest of the plans that fit; next is %1, %2 a month more by the invoice</source>
        <translation>самый дешёвый из подходящих; следующий — %1, на %2 в месяц дороже по счёту</translation>
    </message>
    <message>
        <source>saving %1 a month (%2 a year)</source>
        <translation>экономия %1 в месяц (%2 в год)</translation>
    </message>
    <message>
        <source>costs %1 a month more than today (%2 a year)</source>
        <translation>дороже, чем сейчас, на %1 в месяц (%2 в год)</translation>
    </message>
    <message>
        <source>For %1 the invoice is %2 more than the price-list total.</source>
        <translation>Для тарифа «%1» счёт больше итога по прайс-листу на %2.</translation>
    </message>
    <message>
        <source>For %1 the invoice is %2 less than the price-list total.</source>
        <translation>Для тарифа «%1» счёт меньше итога по прайс-листу на %2.</translation>
    </message>
    <message>
        <source>For %1 the invoice equals the price-list total.</source>
        <translation>Для тарифа «%1» счёт равен итогу по прайс-листу.</translation>
    </message>
    <message>
        <source>The invoice is computed from net prices rounded per unit (note 3 of the price list), so it can differ from the price-list total. %4 The %1 % surcharge is billed on top of the price-list prices (note 3): about %2 a month for %3.</source>
        <translation>Итого по счёту считается от цен без НДС, округлённых за единицу (п. 3 прайс-листа), поэтому может отличаться от итога по прайс-листу. %4 Надбавка к тарифам %1 % начисляется сверх цен прайс-листа (п. 3): около %2 в месяц для тарифа «%3».</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <source>Join a team</source>
        <translation>Подключение к команде</translation>
    </message>
    <message>
        <source>Connection string</source>
        <translation>Строка подключения</translation>
    </message>
    <message>
        <source>Your rep code</source>
        <translation>Ваш код представителя</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>Сертификат CA</translation>
    </message>
    <message>
        <source>e.g. ИВ</source>
        <translation>например, ИВ</translation>
    </message>
    <message>
        <source>only for a server that is not on this computer</source>
        <translation>только для сервера не на этом компьютере</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>The team&apos;s manager gives you the connection string and the password; the password is kept in your PostgreSQL password file, not in the app.</source>
        <translation>Строку подключения и пароль выдаёт руководитель команды; пароль хранится в файле паролей PostgreSQL, а не в программе.</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>Проверить подключение</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Подключиться</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Сертификаты (*.pem *.crt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Connecting to the team server…</source>
        <translation>Подключение к серверу команды…</translation>
    </message>
    <message>
        <source>Check the fields marked above.</source>
        <translation>Проверьте поля, отмеченные выше.</translation>
    </message>
    <message>
        <source>The connection works: login %1, rep %2.</source>
        <translation>Подключение работает: логин %1, представитель %2.</translation>
    </message>
    <message>
        <source>This login is a manager&apos;s.</source>
        <translation>Это логин руководителя.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Cloud PBX: plan comparison</source>
        <translation>Облачная АТС: сравнение тарифов</translation>
    </message>
    <message>
        <source>Only differences</source>
        <translation>Только различия</translation>
    </message>
    <message>
        <source>Hide the rows that are the same on every plan</source>
        <translation>Скрыть строки, одинаковые на всех тарифах</translation>
    </message>
    <message>
        <source>Price list %1</source>
        <translation>Прайс-лист %1</translation>
    </message>
    <message>
        <source>&amp;Quote</source>
        <translation>&amp;Расчёт</translation>
    </message>
    <message>
        <source>&amp;New calculation</source>
        <translation>&amp;Новый расчёт</translation>
    </message>
    <message>
        <source>Selection &amp;wizard…</source>
        <translation>&amp;Мастер подбора…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Выгрузить…</translation>
    </message>
    <message>
        <source>&lt;b&gt;No plan fits:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Ни один тариф не подходит:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Seller and quote &amp;settings…</source>
        <translation>&amp;Настройки продавца и КП…</translation>
    </message>
    <message>
        <source>Price list %1 is not used, it cannot be read: %2. See Quote → Price lists.</source>
        <translation>Прайс-лист %1 не используется: его не удаётся прочитать (%2). Подробнее: Расчёт → Прайс-листы.</translation>
    </message>
    <message>
        <source>&amp;Save to history…</source>
        <translation>&amp;Сохранить в историю…</translation>
    </message>
    <message>
        <source>Quote &amp;history…</source>
        <translation>&amp;История КП…</translation>
    </message>
    <message>
        <source>&amp;Team…</source>
        <translation>&amp;Команда…</translation>
    </message>
    <message>
        <source>&amp;Price lists…</source>
        <translation>&amp;Прайс-листы…</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Основная</translation>
    </message>
    <message>
        <source>Not current: a marked field holds no valid value, or a combination the price list does not allow, so the figures below are from before. Correct the marked field.</source>
        <translation>Не актуально: в отмеченном поле не число или сочетание, которое прайс-лист не допускает, поэтому цифры ниже — прежние. Исправьте отмеченное поле.</translation>
    </message>
    <message>
        <source>Recommended plan: &lt;b&gt;%1&lt;/b&gt;, %2 a month by the price list (invoice %3)</source>
        <translation>Рекомендуемый тариф: &lt;b&gt;%1&lt;/b&gt;, %2 в месяц по прайс-листу (по счёту %3)</translation>
    </message>
    <message>
        <source>Every plan can serve this configuration.</source>
        <translation>Все тарифы подходят для этой конфигурации.</translation>
    </message>
    <message>
        <source>No plan is available: %1</source>
        <translation>Ни один тариф не доступен: %1</translation>
    </message>
    <message>
        <source>Hide the price-list services</source>
        <translation>Скрыть услуги прайс-листа</translation>
    </message>
    <message>
        <source>Show all %1 price-list services</source>
        <translation>Показать все услуги прайс-листа (%1)</translation>
    </message>
    <message>
        <source>Correct the marked field first: the figures are not current.</source>
        <translation>Сначала исправьте отмеченное поле: цифры не актуальны.</translation>
    </message>
    <message>
        <source>Quote %1 is saved already.</source>
        <translation>%1 уже сохранено.</translation>
    </message>
    <message>
        <source>Saved as quote %1.</source>
        <translation>Сохранено: %1.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Quote %1 cannot be priced with the current price list: %2</source>
        <translation>%1 нельзя рассчитать по текущему прайс-листу: %2</translation>
    </message>
    <message>
        <source>Duplicated as quote %1.</source>
        <translation>Создано новое КП: %1.</translation>
    </message>
    <message>
        <source>Quote %1 of %2 for %3: plan «%4», %5 a month by the price list %6.</source>
        <translation>%1 от %2 для «%3»: тариф «%4», %5 в месяц по прайс-листу %6.</translation>
    </message>
    <message>
        <source>no client</source>
        <translation>клиент не указан</translation>
    </message>
    <message>
        <source>The current price list no longer has this plan.</source>
        <translation>В текущем прайс-листе этого тарифа больше нет.</translation>
    </message>
    <message>
        <source>The current price list prices it the same.</source>
        <translation>По текущему прайс-листу цена та же.</translation>
    </message>
    <message>
        <source>By the current price list: %1 (%2).</source>
        <translation>По текущему прайс-листу: %1 (%2).</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>Quote %1 was changed. Save the changes as a new revision?</source>
        <translation>%1 изменено. Сохранить изменения как новую редакцию?</translation>
    </message>
    <message>
        <source>Open the quote history</source>
        <translation>Открыть историю КП</translation>
    </message>
</context>
<context>
    <name>NewListDialog</name>
    <message>
        <source>New VAT rate</source>
        <translation>Новый НДС</translation>
    </message>
    <message>
        <source>The operator&apos;s price sheet</source>
        <translation>Прайс оператора</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <source>Keep the net prices: the customer pays the new VAT</source>
        <translation>Сохранить цены без НДС: новый НДС платит клиент</translation>
    </message>
    <message>
        <source>Keep the prices with VAT: the operator absorbs the change</source>
        <translation>Сохранить цены с НДС: разницу берёт на себя оператор</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>Ставка НДС</translation>
    </message>
    <message>
        <source>Give the new list a version, e.g. 2027.1</source>
        <translation>Укажите версию нового прайс-листа, например 2027.1</translation>
    </message>
</context>
<context>
    <name>OptionBoxes</name>
    <message>
        <source>In the offer</source>
        <translation>В КП</translation>
    </message>
    <message>
        <source>%1 in the offer</source>
        <translation>%1 в предложении</translation>
    </message>
    <message>
        <source>An offer holds at most three options</source>
        <translation>В предложении не больше трёх вариантов</translation>
    </message>
</context>
<context>
    <name>PriceListsModel</name>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <source>VAT in prices</source>
        <translation>НДС в ценах</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Откуда</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>always</source>
        <translation>всегда</translation>
    </message>
    <message>
        <source>built into the app</source>
        <translation>встроенный</translation>
    </message>
    <message>
        <source>kept on this computer</source>
        <translation>загружен на этом компьютере</translation>
    </message>
    <message>
        <source>received from the team</source>
        <translation>получен от команды</translation>
    </message>
    <message>
        <source>✓ in force</source>
        <translation>✓ действует</translation>
    </message>
</context>
<context>
    <name>PriceListsWindow</name>
    <message>
        <source>Price lists</source>
        <translation>Прайс-листы</translation>
    </message>
    <message>
        <source>Load the operator&apos;s price sheet…</source>
        <translation>Загрузить прайс оператора…</translation>
    </message>
    <message>
        <source>New VAT rate…</source>
        <translation>Новый НДС…</translation>
    </message>
    <message>
        <source>Publish to the team</source>
        <translation>Опубликовать команде</translation>
    </message>
    <message>
        <source>Every rep gets the selected list at their next sync</source>
        <translation>Выбранный прайс-лист получит каждый менеджер при следующей синхронизации</translation>
    </message>
    <message>
        <source>A quote is priced with the list in force on its date: the newest whose date has come. VAT is charged at the rate in force on the quote&apos;s date.</source>
        <translation>Расчёт ведётся по прайс-листу, действующему на дату предложения: по самому новому из вступивших в силу. НДС начисляется по ставке, действующей на дату предложения.</translation>
    </message>
    <message>
        <source>Price list %1 is not used: %2</source>
        <translation>Прайс-лист %1 не используется: %2</translation>
    </message>
    <message>
        <source>The operator&apos;s price sheet</source>
        <translation>Прайс оператора</translation>
    </message>
    <message>
        <source>Price sheets (*.xlsx *.txt *.tsv);;All files (*)</source>
        <translation>Прайсы (*.xlsx *.txt *.tsv);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Price list not made</source>
        <translation>Прайс-лист не создан</translation>
    </message>
    <message>
        <source>Choose a price list kept on this computer.</source>
        <translation>Выберите прайс-лист, загруженный на этом компьютере.</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>Публикация…</translation>
    </message>
    <message>
        <source>Not published: %1</source>
        <translation>Не опубликовано: %1</translation>
    </message>
    <message>
        <source>Published: every rep gets price list %1 at their next sync.</source>
        <translation>Опубликовано: прайс-лист %1 получит каждый менеджер при следующей синхронизации.</translation>
    </message>
    <message>
        <source>Price list %1 was published before.</source>
        <translation>Прайс-лист %1 уже был опубликован.</translation>
    </message>
</context>
<context>
    <name>QuoteController</name>
    <message>
        <source>Quote history</source>
        <translation>История КП</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>No plan can serve this configuration.</source>
        <translation>Ни один тариф не подходит для этой конфигурации.</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Дублирование</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Reprice</source>
        <translation>Пересчёт</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Отправка клиенту</translation>
    </message>
    <message>
        <source>Export the quote first: the letter carries its files.</source>
        <translation>Сначала выгрузите предложение: письмо отправляет его файлы.</translation>
    </message>
    <message>
        <source>No mail program opens the draft here. The letter is saved as:
%1</source>
        <translation>На этом компьютере нет почтовой программы для черновика. Письмо сохранено в файл:
%1</translation>
    </message>
    <message>
        <source>Was quote %1 sent to the client?</source>
        <translation>Предложение %1 отправлено клиенту?</translation>
    </message>
    <message>
        <source>This quote cannot be priced with the current price list.</source>
        <translation>Это КП нельзя рассчитать по текущему прайс-листу.</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF and Excel (*.pdf *.xlsx)</source>
        <translation>PDF и Excel (*.pdf *.xlsx)</translation>
    </message>
    <message>
        <source>Save the quote</source>
        <translation>Сохранить коммерческое предложение</translation>
    </message>
    <message>
        <source>Syncing with the team…</source>
        <translation>Синхронизация с командой…</translation>
    </message>
    <message>
        <source>The team server cannot be reached; working offline.</source>
        <translation>Сервер команды недоступен; работа без сети.</translation>
    </message>
    <message>
        <source>Synced with the team at %1.</source>
        <translation>Синхронизировано с командой %1.</translation>
    </message>
</context>
<context>
    <name>RequirementInputs</name>
    <message>
        <source>not given</source>
        <translation>не указано</translation>
    </message>
    <message>
        <source>What the customer pays for telephony today, with VAT: the grid then shows each plan&apos;s saving.</source>
        <translation>Сколько клиент платит за телефонию сейчас, с НДС: тогда в таблице видна экономия на каждом тарифе.</translation>
    </message>
    <message>
        <source>enter a number, 0 or more</source>
        <translation>введите число не меньше 0</translation>
    </message>
    <message>
        <source>enter a whole number, 0 or more</source>
        <translation>введите целое число не меньше 0</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>The configuration is not complete.</source>
        <translation>Конфигурация заполнена не полностью.</translation>
    </message>
    <message>
        <source>Add a second option to the offer: %1</source>
        <translation>Добавить в предложение второй вариант: %1</translation>
    </message>
    <message>
        <source>No plan can serve this configuration.</source>
        <translation>Ни один тариф не подходит для этой конфигурации.</translation>
    </message>
    <message>
        <source>The customer pays %1 a month now; with %2: %3.</source>
        <translation>Сейчас клиент платит %1 в месяц; с тарифом «%2» — %3.</translation>
    </message>
    <message>
        <source>Recommended plan: %1, %2 a month by the invoice</source>
        <translation>Рекомендуемый тариф: %1 — %2 в месяц по счёту</translation>
    </message>
    <message>
        <source>Not available: %1</source>
        <translation>Недоступны: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n number(s)</source>
        <translation>
            <numerusform>%n номер</numerusform>
            <numerusform>%n номера</numerusform>
            <numerusform>%n номеров</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n employee(s)</source>
        <translation>
            <numerusform>%n сотрудник</numerusform>
            <numerusform>%n сотрудника</numerusform>
            <numerusform>%n сотрудников</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n channel(s)</source>
        <translation>
            <numerusform>%n канал</numerusform>
            <numerusform>%n канала</numerusform>
            <numerusform>%n каналов</numerusform>
        </translation>
    </message>
    <message>
        <source> and </source>
        <translation> и </translation>
    </message>
    <message>
        <source>%1: %2 are included in the package</source>
        <translation>%1: %2 входят в пакет</translation>
    </message>
</context>
<context>
    <name>RevisionsModel</name>
    <message>
        <source>Revision</source>
        <translation>Редакция</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Тариф</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>В месяц</translation>
    </message>
    <message>
        <source>Price list</source>
        <translation>Прайс-лист</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Seller and quote settings</source>
        <translation>Настройки продавца и КП</translation>
    </message>
    <message>
        <source>Also {number}, {amount}, {valid_until}, {representative} and {company} are replaced in the letter; {salutation} by a greeting with the contact&apos;s name when it is known, {saving} by a sentence on the monthly saving when there is one.</source>
        <translation>В письме также подставляются {number}, {amount}, {valid_until}, {representative} и {company}; {salutation} — приветствие по имени и отчеству контактного лица, если они известны, {saving} — фраза об экономии в месяц, если она есть.</translation>
    </message>
    <message>
        <source>Contract term, months</source>
        <translation>Срок договора, месяцев</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Приветствие</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Вступление</translation>
    </message>
    <message>
        <source>Letter subject</source>
        <translation>Тема письма</translation>
    </message>
    <message>
        <source>Letter text</source>
        <translation>Текст письма</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Sales representative</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Продавец</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Предложение</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <source>In the texts, {client} and {plan} are replaced by the client and the plan.</source>
        <translation>В текстах {client} и {plan} заменяются на клиента и тариф.</translation>
    </message>
    <message>
        <source>INN</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <source>KPP</source>
        <translation>КПП</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Logo (PNG or JPEG)</source>
        <translation>Логотип (PNG или JPEG)</translation>
    </message>
    <message>
        <source>Signature and stamp (PNG or JPEG)</source>
        <translation>Подпись и печать (PNG или JPEG)</translation>
    </message>
    <message>
        <source>Quote number prefix</source>
        <translation>Префикс номера КП</translation>
    </message>
    <message>
        <source>Quote valid for, days</source>
        <translation>Срок действия КП, дней</translation>
    </message>
    <message>
        <source>The quote is</source>
        <translation>Юридическая сила КП</translation>
    </message>
    <message>
        <source>not a public offer (for information)</source>
        <translation>не является публичной офертой (информационное)</translation>
    </message>
    <message>
        <source>an offer binding until its validity date (Civil Code art. 435-436)</source>
        <translation>оферта, действующая до даты окончания срока (ст. 435–436 ГК РФ)</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Выбрать файл</translation>
    </message>
    <message>
        <source>Needed for the quote: without it the document is marked as a draft.</source>
        <translation>Нужно для предложения: без этого документ будет помечен как черновик.</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Изображение</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Изображения (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>TeamQuotesModel</name>
    <message>
        <source>Rep</source>
        <translation>Представитель</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>INN</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Тариф</translation>
    </message>
    <message>
        <source>Invoice per month</source>
        <translation>Счёт в месяц</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Действует до</translation>
    </message>
</context>
<context>
    <name>TeamRemindersModel</name>
    <message>
        <source>Rep</source>
        <translation>Представитель</translation>
    </message>
    <message>
        <source>Expire within 7 days</source>
        <translation>Истекают за 7 дней</translation>
    </message>
    <message>
        <source>Sent, no answer for 7+ days</source>
        <translation>Без ответа ≥ 7 дней</translation>
    </message>
</context>
<context>
    <name>TeamTotalsModel</name>
    <message>
        <source>Rep</source>
        <translation>Представитель</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Выдано</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <source>Their invoices per month</source>
        <translation>Их счета в месяц</translation>
    </message>
</context>
<context>
    <name>TeamWindow</name>
    <message>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Client, INN or quote number</source>
        <translation>Клиент, ИНН или номер КП</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Представитель</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Тариф</translation>
    </message>
    <message>
        <source>Any plan</source>
        <translation>Любой тариф</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>Показать ещё</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Синхронизировать</translation>
    </message>
    <message>
        <source>Join a team…</source>
        <translation>Подключиться к команде…</translation>
    </message>
    <message>
        <source>Approve the discount</source>
        <translation>Согласовать скидку</translation>
    </message>
    <message>
        <source>Decline the discount</source>
        <translation>Отклонить скидку</translation>
    </message>
    <message>
        <source>Discount limit…</source>
        <translation>Лимит скидки…</translation>
    </message>
    <message>
        <source>Issued (exported or sent, not yet answered) and accepted quotes per rep and month</source>
        <translation>Выданные (сформированные или отправленные, без ответа) и принятые КП по представителям и месяцам</translation>
    </message>
    <message>
        <source>Reminders per rep</source>
        <translation>Напоминания по представителям</translation>
    </message>
    <message>
        <source>Every rep</source>
        <translation>Все представители</translation>
    </message>
    <message>
        <source>Quotes: %1</source>
        <translation>КП: %1</translation>
    </message>
    <message>
        <source>The team server cannot be reached: found in this computer&apos;s copy (its own quotes and those listed lately); the monthly figures come only from the server.</source>
        <translation>Сервер команды недоступен: найдено в копии на этом компьютере (свои КП и недавно просмотренные КП команды); итоги по месяцам показываются только с сервера.</translation>
    </message>
    <message>
        <source>Select a quote first.</source>
        <translation>Сначала выберите КП.</translation>
    </message>
    <message>
        <source>Discount limit</source>
        <translation>Лимит скидки</translation>
    </message>
    <message>
        <source>Limit, %</source>
        <translation>Лимит, %</translation>
    </message>
    <message>
        <source>Asking the team server…</source>
        <translation>Запрос к серверу команды…</translation>
    </message>
    <message>
        <source>Done: the rep&apos;s laptop learns it at its next sync.</source>
        <translation>Готово: компьютер представителя узнает об этом при следующей синхронизации.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Синхронизация…</translation>
    </message>
    <message>
        <source>The team server cannot be reached; the list is as of the last sync.</source>
        <translation>Сервер команды недоступен; список — на момент последней синхронизации.</translation>
    </message>
    <message>
        <source>This computer has not joined a team.</source>
        <translation>Этот компьютер не подключён к команде.</translation>
    </message>
    <message>
        <source>Last synced %1.</source>
        <translation>Последняя синхронизация: %1.</translation>
    </message>
    <message>
        <source>Never synced.</source>
        <translation>Синхронизации ещё не было.</translation>
    </message>
</context>
<context>
    <name>TotalsView</name>
    <message>
        <source>Totals</source>
        <translation>Итоги</translation>
    </message>
</context>
<context>
    <name>VatBanner</name>
    <message>
        <source>The price list&apos;s prices include VAT %1 %; from %2 VAT is %3 %. The invoice charges VAT %3 % on the list&apos;s prices without VAT (note 3 of the price list), so it is higher than the list&apos;s total.</source>
        <translation>Цены прайс-листа включают НДС %1 %, а с %2 действует ставка НДС %3 %. Счёт начисляет НДС %3 % на цены прайс-листа без НДС (п. 3 прайс-листа), поэтому он больше итога по прайс-листу.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Price list</source>
        <translation>Прайс-лист</translation>
    </message>
    <message>
        <source>The built-in price list cannot be used:
%1</source>
        <translation>Встроенный прайс-лист не может быть использован:
%1</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Непредвиденная ошибка</translation>
    </message>
    <message>
        <source>Something went wrong. What you entered is kept; the details are in the log file.</source>
        <translation>Что-то пошло не так. Введённые данные сохранены; подробности записаны в журнал.</translation>
    </message>
</context>
<context>
    <name>diff</name>
    <message>
        <source>Option added</source>
        <translation>Добавлен вариант</translation>
    </message>
    <message>
        <source>Option removed</source>
        <translation>Убран вариант</translation>
    </message>
    <message>
        <source>Order of the options</source>
        <translation>Порядок вариантов</translation>
    </message>
    <message>
        <source>Line added: %1</source>
        <translation>Добавлена строка: %1</translation>
    </message>
    <message>
        <source>Line removed: %1</source>
        <translation>Убрана строка: %1</translation>
    </message>
    <message>
        <source>Discounted months</source>
        <translation>Месяцев со скидкой</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Действительно до</translation>
    </message>
    <message>
        <source>Price list</source>
        <translation>Прайс-лист</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>Ставка НДС</translation>
    </message>
    <message>
        <source>Customer pays now</source>
        <translation>Клиент платит сейчас</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>количество</translation>
    </message>
    <message>
        <source>unit price with VAT</source>
        <translation>цена за ед. с НДС</translation>
    </message>
    <message>
        <source>unit price without VAT</source>
        <translation>цена за ед. без НДС</translation>
    </message>
    <message>
        <source>unit price without VAT after the discount</source>
        <translation>цена за ед. без НДС со скидкой</translation>
    </message>
    <message>
        <source>discount, %</source>
        <translation>скидка, %</translation>
    </message>
    <message>
        <source>amount with VAT</source>
        <translation>сумма с НДС</translation>
    </message>
    <message>
        <source>amount without VAT</source>
        <translation>сумма без НДС</translation>
    </message>
    <message>
        <source>Monthly total by the price list (VAT incl.)</source>
        <translation>Итого по прайс-листу (с НДС)</translation>
    </message>
    <message>
        <source>Amount excluding VAT</source>
        <translation>Сумма без НДС</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>НДС</translation>
    </message>
    <message>
        <source>Monthly total by the invoice</source>
        <translation>Итого в месяц по счёту (с НДС)</translation>
    </message>
    <message>
        <source>Invoice after the discounted months</source>
        <translation>Счёт после месяцев со скидкой</translation>
    </message>
    <message>
        <source>%1 pcs, %2</source>
        <translation>%1 шт., %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Вариант</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Что изменилось</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Было</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Стало</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Monthly total by the price list (VAT incl.)</source>
        <translation>Итого в месяц по прайс-листу (с НДС)</translation>
    </message>
    <message>
        <source>Amount excluding VAT</source>
        <translation>Сумма без НДС</translation>
    </message>
    <message>
        <source>VAT %1 %</source>
        <translation>НДС %1 %</translation>
    </message>
    <message>
        <source>Monthly total by the invoice</source>
        <translation>Итого в месяц по счёту</translation>
    </message>
    <message>
        <source>Saving (+) or extra cost (−) a month: current cost − invoice</source>
        <translation>Экономия (+) или доплата (−) в месяц: сейчас − счёт</translation>
    </message>
    <message>
        <source>Saving (+) or extra cost (−) a year</source>
        <translation>Экономия (+) или доплата (−) в год</translation>
    </message>
    <message>
        <source>Team and numbers</source>
        <translation>Сотрудники и номера</translation>
    </message>
    <message>
        <source>Call handling</source>
        <translation>Обработка звонков</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>Интеграции</translation>
    </message>
    <message>
        <source>Call recording</source>
        <translation>Запись разговоров</translation>
    </message>
    <message>
        <source>Customer pays now, ₽/month</source>
        <translation>Сейчас клиент платит, ₽/мес</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>черновик</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>сформировано</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>отправлено</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>принято</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>отклонено</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>срок истёк</translation>
    </message>
</context>
<context>
    <name>reminders</name>
    <message>
        <source>expires today</source>
        <translation>истекает сегодня</translation>
    </message>
    <message>
        <source>expires on %1 (in %2 d.)</source>
        <translation>истекает %1 (через %2 дн.)</translation>
    </message>
    <message>
        <source>sent on %1, no answer for %2 d.</source>
        <translation>отправлено %1, ответа нет %2 дн.</translation>
    </message>
    <message>
        <source>Expiring within 7 days: %1</source>
        <translation>Истекают в течение 7 дней: %1</translation>
    </message>
    <message>
        <source>No answer for 7 days: %1</source>
        <translation>Без ответа 7 дней: %1</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>В месяц</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
</context>
</TS>
