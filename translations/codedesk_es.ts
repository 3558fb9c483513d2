<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>DocumentLock</name>
    <message>
        <source>the lock file cannot be created</source>
        <translation>no se puede crear el archivo de bloqueo</translation>
    </message>
    <message>
        <source>%1 (process %2 on %3)</source>
        <translation>%1 (proceso %2 en %3)</translation>
    </message>
</context>
<context>
    <name>RecoveryStore</name>
    <message>
        <source>%1: cannot create the recovery folder</source>
        <translation>%1: no se puede crear la carpeta de recuperación</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>WorksheetCommands</name>
    <message>
        <source>Remove line %1</source>
        <translation>Eliminar línea %1</translation>
    </message>
    <message>
        <source>Move line %1</source>
        <translation>Mover línea %1</translation>
    </message>
    <message>
        <source>Change %1 on line %2</source>
        <translation>Cambiar %1 en la línea %2</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Cambiar %1</translation>
    </message>
</context>
<context>
    <name>codedesk</name>
    <message>
        <source>lines %1</source>
        <translation>líneas %1</translation>
    </message>
    <message>
        <source>claim</source>
        <translation>reclamación</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>línea %1</translation>
    </message>
    <message>
        <source>patient account</source>
        <translation>cuenta del paciente</translation>
    </message>
    <message>
        <source>payer</source>
        <translation>pagador</translation>
    </message>
    <message>
        <source>place of service</source>
        <translation>lugar de servicio</translation>
    </message>
    <message>
        <source>rendering NPI</source>
        <translation>NPI del prestador</translation>
    </message>
    <message>
        <source>date of service</source>
        <translation>fecha de servicio</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <source>from date</source>
        <translation>fecha desde</translation>
    </message>
    <message>
        <source>to date</source>
        <translation>fecha hasta</translation>
    </message>
    <message>
        <source>procedure code</source>
        <translation>código de procedimiento</translation>
    </message>
    <message>
        <source>modifiers</source>
        <translation>modificadores</translation>
    </message>
    <message>
        <source>diagnosis pointers</source>
        <translation>punteros de diagnóstico</translation>
    </message>
    <message>
        <source>units</source>
        <translation>unidades</translation>
    </message>
    <message>
        <source>charge</source>
        <translation>cargo</translation>
    </message>
    <message>
        <source>modifier %1</source>
        <translation>modificador %1</translation>
    </message>
    <message>
        <source>pointer %1</source>
        <translation>puntero %1</translation>
    </message>
    <message>
        <source>diagnosis %1</source>
        <translation>diagnóstico %1</translation>
    </message>
    <message>
        <source>diagnoses</source>
        <translation>diagnósticos</translation>
    </message>
</context>
<context>
    <name>codedesk::ClaimLineTableModel</name>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>First date of service (box 24A); empty: the claim&apos;s date</source>
        <translation>Primera fecha de servicio (casilla 24A); vacía: la fecha de la reclamación</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Last date of service (box 24A); empty: the From date</source>
        <translation>Última fecha de servicio (casilla 24A); vacía: la fecha Desde</translation>
    </message>
    <message>
        <source>POS</source>
        <translation>POS</translation>
    </message>
    <message>
        <source>Place of service (box 24B); empty: the claim&apos;s</source>
        <translation>Lugar de servicio (casilla 24B); vacío: el de la reclamación</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>CPT or HCPCS code (box 24D)</source>
        <translation>Código CPT o HCPCS (casilla 24D)</translation>
    </message>
    <message>
        <source>Mod 1</source>
        <translation>Mod 1</translation>
    </message>
    <message>
        <source>Modifier 1 (box 24D); pricing modifiers first</source>
        <translation>Modificador 1 (casilla 24D); primero los modificadores de precio</translation>
    </message>
    <message>
        <source>Mod 2</source>
        <translation>Mod 2</translation>
    </message>
    <message>
        <source>Modifier 2 (box 24D)</source>
        <translation>Modificador 2 (casilla 24D)</translation>
    </message>
    <message>
        <source>Mod 3</source>
        <translation>Mod 3</translation>
    </message>
    <message>
        <source>Modifier 3 (box 24D)</source>
        <translation>Modificador 3 (casilla 24D)</translation>
    </message>
    <message>
        <source>Mod 4</source>
        <translation>Mod 4</translation>
    </message>
    <message>
        <source>Modifier 4 (box 24D)</source>
        <translation>Modificador 4 (casilla 24D)</translation>
    </message>
    <message>
        <source>Dx pointers</source>
        <translation>Punteros Dx</translation>
    </message>
    <message>
        <source>Diagnosis pointers A–L (box 24E), primary first</source>
        <translation>Punteros de diagnóstico A–L (casilla 24E), primero el principal</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <source>Days or units (box 24G)</source>
        <translation>Días o unidades (casilla 24G)</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Charge (box 24F)</source>
        <translation>Cargo (casilla 24F)</translation>
    </message>
    <message>
        <source>Rendering NPI</source>
        <translation>NPI del prestador</translation>
    </message>
    <message>
        <source>Rendering provider NPI (box 24J); empty: the claim&apos;s</source>
        <translation>NPI del prestador (casilla 24J); vacío: el de la reclamación</translation>
    </message>
</context>
<context>
    <name>codedesk::WorksheetDocument</name>
    <message>
        <source>Untitled %1</source>
        <translation>Sin título %1</translation>
    </message>
    <message>
        <source>%1 is open in %2; it is shown read-only.</source>
        <translation>%1 está abierto en %2; se muestra en solo lectura.</translation>
    </message>
    <message>
        <source>the worksheet has no file name yet</source>
        <translation>la hoja de trabajo aún no tiene nombre de archivo</translation>
    </message>
    <message>
        <source>%1 is open in %2</source>
        <translation>%1 está abierto en %2</translation>
    </message>
    <message>
        <source>Add line %1</source>
        <translation>Añadir línea %1</translation>
    </message>
    <message>
        <source>Duplicate line %1</source>
        <translation>Duplicar línea %1</translation>
    </message>
    <message>
        <source>Reorder diagnoses</source>
        <translation>Reordenar diagnósticos</translation>
    </message>
    <message>
        <source>Change diagnosis %1 to %2</source>
        <translation>Cambiar el diagnóstico %1 por %2</translation>
    </message>
    <message>
        <source>Add diagnosis %1</source>
        <translation>Añadir diagnóstico %1</translation>
    </message>
    <message>
        <source>Remove diagnosis %1</source>
        <translation>Quitar diagnóstico %1</translation>
    </message>
</context>
<context>
    <name>codedesk::ui::ClaimHeaderForm</name>
    <message>
        <source>Patient &amp;account</source>
        <translation>&amp;Cuenta del paciente</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>Número de cuenta</translation>
    </message>
    <message>
        <source>&amp;Payer</source>
        <translation>&amp;Pagador</translation>
    </message>
    <message>
        <source>e.g. Medicare</source>
        <translation>p. ej. Medicare</translation>
    </message>
    <message>
        <source>&amp;Date of service</source>
        <translation>&amp;Fecha de servicio</translation>
    </message>
    <message>
        <source>e.g. 22</source>
        <translation>p. ej. 22</translation>
    </message>
    <message>
        <source>Rendering &amp;NPI</source>
        <translation>&amp;NPI del prestador</translation>
    </message>
    <message>
        <source>10 digits</source>
        <translation>10 dígitos</translation>
    </message>
    <message>
        <source>Notes for the reviewer</source>
        <translation>Notas para el revisor</translation>
    </message>
    <message>
        <source>YYYY-MM-DD or MM/DD/YYYY</source>
        <translation>AAAA-MM-DD o MM/DD/AAAA</translation>
    </message>
    <message>
        <source>P&amp;lace of service</source>
        <translation>&amp;Lugar de servicio</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>No&amp;tas</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Type YYYY-MM-DD, MM/DD/YYYY or M/D/YY; the claim keeps %2.</source>
        <translation>&quot;%1&quot; no es una fecha. Escriba AAAA-MM-DD, MM/DD/AAAA o M/D/AA; la reclamación conserva %2.</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sin fecha</translation>
    </message>
</context>
<context>
    <name>codedesk::ui::ClaimLinesTable</name>
    <message>
        <source>Claim lines</source>
        <translation>Líneas de la reclamación</translation>
    </message>
</context>
<context>
    <name>codedesk::ui::CodeBrowser</name>
    <message>
        <source>Any approach</source>
        <translation>Cualquier abordaje</translation>
    </message>
    <message>
        <source>Any energy</source>
        <translation>Cualquier energía</translation>
    </message>
    <message>
        <source>Any organ</source>
        <translation>Cualquier órgano</translation>
    </message>
    <message>
        <source>Any site of service</source>
        <translation>Cualquier lugar</translation>
    </message>
    <message>
        <source>Any payer</source>
        <translation>Cualquier pagador</translation>
    </message>
    <message>
        <source>Search codes, titles and text (Ctrl+F)</source>
        <translation>Buscar códigos, títulos y texto (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Procedure codes</source>
        <translation>Códigos de procedimiento</translation>
    </message>
    <message>
        <source>Code set entries</source>
        <translation>Entradas del conjunto de códigos</translation>
    </message>
    <message>
        <source>%1 codes</source>
        <translation>%1 códigos</translation>
    </message>
    <message>
        <source>%1 of %2 codes</source>
        <translation>%1 de %2 códigos</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <source>Show every code again: reset the approach, energy, organ, site and payer filters</source>
        <translation>Mostrar de nuevo todos los códigos: restablecer los filtros de abordaje, energía, órgano, lugar y pagador</translation>
    </message>
    <message>
        <source>Kind of code</source>
        <translation>Tipo de código</translation>
    </message>
    <message>
        <source>All code sets</source>
        <translation>Todos los conjuntos</translation>
    </message>
    <message>
        <source>ICD-10-CM</source>
        <translation>ICD-10-CM</translation>
    </message>
    <message>
        <source>HCPCS Level II</source>
        <translation>HCPCS Level II</translation>
    </message>
    <message>
        <source>Modifiers</source>
        <translation>Modificadores</translation>
    </message>
    <message>
        <source>Places of service</source>
        <translation>Lugares de servicio</translation>
    </message>
    <message>
        <source>Fee schedule only</source>
        <translation>Solo tabla de tarifas</translation>
    </message>
    <message>
        <source>1 hit</source>
        <translation>1 resultado</translation>
    </message>
    <message>
        <source>%1 hits</source>
        <translation>%1 resultados</translation>
    </message>
    <message>
        <source>%1+ hits</source>
        <translation>%1+ resultados</translation>
    </message>
</context>
<context>
    <name>codedesk::ui::CodePageHtml</name>
    <message>
        <source>Modifier</source>
        <translation>Modificador</translation>
    </message>
    <message>
        <source>Place of service</source>
        <translation>Lugar de servicio</translation>
    </message>
    <message>
        <source>Physician Fee Schedule</source>
        <translation>Tabla de tarifas de médicos</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedimiento</translation>
    </message>
    <message>
        <source>NA</source>
        <translation>N/A</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
    <message>
        <source>Medicare Physician Fee Schedule</source>
        <translation>Tabla de tarifas de médicos de Medicare</translation>
    </message>
    <message>
        <source>Global</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Work RVU</source>
        <translation>RVU de trabajo</translation>
    </message>
    <message>
        <source>Facility total RVU</source>
        <translation>RVU total en centro</translation>
    </message>
    <message>
        <source>Non-facility total RVU</source>
        <translation>RVU total fuera de centro</translation>
    </message>
    <message>
        <source>Facility payment</source>
        <translation>Pago en centro</translation>
    </message>
    <message>
        <source>Non-facility payment</source>
        <translation>Pago fuera de centro</translation>
    </message>
    <message>
        <source>Global period</source>
        <translation>Período global</translation>
    </message>
    <message>
        <source>Payment = total RVU x conversion factor %1. Source: %2. Meanings: %3.</source>
        <translation>Pago = RVU total x factor de conversión %1. Fuente: %2. Significados: %3.</translation>
    </message>
    <message>
        <source>Chapter %1</source>
        <translation>Capítulo %1</translation>
    </message>
    <message>
        <source>Codes under it</source>
        <translation>Códigos que dependen de este</translation>
    </message>
    <message>
        <source>billable</source>
        <translation>facturable</translation>
    </message>
    <message>
        <source>header</source>
        <translation>encabezado</translation>
    </message>
    <message>
        <source>Seventh character</source>
        <translation>Séptimo carácter</translation>
    </message>
    <message>
        <source>Tabular notes</source>
        <translation>Notas de la lista tabular</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>de %1</translation>
    </message>
    <message>
        <source>Short description: %1</source>
        <translation>Descripción corta: %1</translation>
    </message>
    <message>
        <source>Terminated %1</source>
        <translation>Dado de baja el %1</translation>
    </message>
    <message>
        <source>Record fields</source>
        <translation>Campos del registro</translation>
    </message>
    <message>
        <source> · pricing modifier (listed first)</source>
        <translation> · modificador de precio (se indica primero)</translation>
    </message>
    <message>
        <source>When to use</source>
        <translation>Cuándo usarlo</translation>
    </message>
    <message>
        <source>Governed by the fee schedule&apos;s %1 indicator of the code it is added to.</source>
        <translation>Lo rige el indicador %1 de la tabla de tarifas del código al que se añade.</translation>
    </message>
    <message>
        <source>Reports that list it</source>
        <translation>Informes que lo incluyen</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Paid at the fee schedule&apos;s facility rate</source>
        <translation>Se paga con la tarifa en centro de la tabla de tarifas</translation>
    </message>
    <message>
        <source>Paid at the fee schedule&apos;s non-facility rate</source>
        <translation>Se paga con la tarifa fuera de centro de la tabla de tarifas</translation>
    </message>
    <message>
        <source>descriptor not in the imported file</source>
        <translation>el descriptor no está en el archivo importado</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>Facturable</translation>
    </message>
    <message>
        <source>Header: not billable</source>
        <translation>Encabezado: no facturable</translation>
    </message>
    <message>
        <source>Includes</source>
        <translation>Incluye</translation>
    </message>
    <message>
        <source>Inclusion term</source>
        <translation>Término de inclusión</translation>
    </message>
    <message>
        <source>Excludes1</source>
        <translation>Excluye1</translation>
    </message>
    <message>
        <source>Excludes2</source>
        <translation>Excluye2</translation>
    </message>
    <message>
        <source>Code first</source>
        <translation>Codifique primero</translation>
    </message>
    <message>
        <source>Use additional code</source>
        <translation>Utilice código adicional</translation>
    </message>
    <message>
        <source>Code also</source>
        <translation>Codifique también</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>PC/TC</source>
        <translation>PC/TC</translation>
    </message>
    <message>
        <source>Multiple procedure</source>
        <translation>Procedimiento múltiple</translation>
    </message>
    <message>
        <source>Bilateral surgery</source>
        <translation>Cirugía bilateral</translation>
    </message>
    <message>
        <source>Assistant at surgery</source>
        <translation>Ayudante de cirugía</translation>
    </message>
    <message>
        <source>Co-surgeons</source>
        <translation>Cocirujanos</translation>
    </message>
    <message>
        <source>Team surgery</source>
        <translation>Cirugía en equipo</translation>
    </message>
</context>
<context>
    <name>codedesk::ui::CodePageView</name>
    <message>
        <source>Code page</source>
        <translation>Página del código</translation>
    </message>
</context>
<context>
    <name>codedesk::ui::CodeSetsDialog</name>
    <message>
        <source>Import ICD-10-CM…</source>
        <translation>Importar ICD-10-CM…</translation>
    </message>
    <message>
        <source>ICD-10-CM order file or tabular XML (*.txt *.xml);;All files (*)</source>
        <translation>Archivo de orden o XML tabular de ICD-10-CM (*.txt *.xml);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import HCPCS…</source>
        <translation>Importar HCPCS…</translation>
    </message>
    <message>
        <source>HCPCS annual file (*.txt);;All files (*)</source>
        <translation>Archivo anual HCPCS (*.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import Fee Schedule…</source>
        <translation>Importar tabla de tarifas…</translation>
    </message>
    <message>
        <source>Medicare PFS RVU file (*.csv *.txt);;All files (*)</source>
        <translation>Archivo RVU del PFS de Medicare (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import Place of Service…</source>
        <translation>Importar lugares de servicio…</translation>
    </message>
    <message>
        <source>Place of service list (*.json *.csv);;All files (*)</source>
        <translation>Lista de lugares de servicio (*.json *.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Code Sets</source>
        <translation>Conjuntos de códigos</translation>
    </message>
    <message>
        <source>The official code sets in your library. Import each year&apos;s files from CMS and CDC; an import replaces the set only when it succeeds.</source>
        <translation>Los conjuntos de códigos oficiales de su biblioteca. Importe cada año los archivos de CMS y CDC; una importación sustituye el conjunto solo si tiene éxito.</translation>
    </message>
    <message>
        <source>Code set</source>
        <translation>Conjunto de códigos</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>Facturable</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Cancel Import</source>
        <translation>Cancelar importación</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>no indicado</translation>
    </message>
    <message>
        <source>No code sets imported yet</source>
        <translation>Aún no se ha importado ningún conjunto de códigos</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importando %1…</translation>
    </message>
    <message>
        <source>Imported %1: %2 entries, %3 billable, %4 notes.</source>
        <translation>Importado %1: %2 entradas, %3 facturables, %4 notas.</translation>
    </message>
    <message>
        <source>%1 was already imported; nothing changed.</source>
        <translation>%1 ya estaba importado; no ha cambiado nada.</translation>
    </message>
    <message>
        <source>Import cancelled; the previous code set is still in place.</source>
        <translation>Importación cancelada; el conjunto de códigos anterior sigue vigente.</translation>
    </message>
    <message>
        <source>Not imported: %1. The previous code set is still in place.</source>
        <translation>No importado: %1. El conjunto de códigos anterior sigue vigente.</translation>
    </message>
    <message>
        <source>Import NCCI PTP…</source>
        <translation>Importar NCCI PTP…</translation>
    </message>
    <message>
        <source>NCCI practitioner PTP edits, tab-delimited (*.txt);;All files (*)</source>
        <translation>Ediciones PTP de NCCI para profesionales, delimitadas por tabulaciones (*.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import MUE…</source>
        <translation>Importar MUE…</translation>
    </message>
    <message>
        <source>NCCI practitioner MUE table, tab-delimited (*.txt);;All files (*)</source>
        <translation>Tabla MUE de NCCI para profesionales, delimitada por tabulaciones (*.txt);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>codedesk::ui::CompareCodesDialog</name>
    <message>
        <source>Compare Codes</source>
        <translation>Comparar códigos</translation>
    </message>
    <message>
        <source>&amp;Codes to compare side by side (two to four, separated by spaces):</source>
        <translation>&amp;Códigos para comparar lado a lado (de dos a cuatro, separados por espacios):</translation>
    </message>
    <message>
        <source>for example 47382 47383</source>
        <translation>por ejemplo 47382 47383</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Type at least %1 codes.</source>
        <translation>Escriba al menos %1 códigos.</translation>
    </message>
    <message>
        <source>At most %1 codes fit side by side: remove %2.</source>
        <translation>Caben como máximo %1 códigos lado a lado: quite %2.</translation>
    </message>
    <message>
        <source>%1 codes</source>
        <translation>%1 códigos</translation>
    </message>
</context>
<context>
    <name>codedesk::ui::CompareDialog</name>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>NA</source>
        <translation>N/A</translation>
    </message>
    <message>
        <source>Global</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>work RVU</source>
        <translation>RVU de trabajo</translation>
    </message>
    <message>
        <source>global days</source>
        <translation>días globales</translation>
    </message>
    <message>
        <source>facility payment</source>
        <translation>pago en centro</translation>
    </message>
    <message>
        <source>non-facility payment</source>
        <translation>pago fuera de centro</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Modifiers in the report</source>
        <translation>Modificadores en el informe</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notas: %1</translation>
    </message>
    <message>
        <source>Compare %1</source>
        <translation>Comparar %1</translation>
    </message>
    <message>
        <source> (not in the library)</source>
        <translation> (no está en la biblioteca)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Code system</source>
        <translation>Sistema de códigos</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>Facturable</translation>
    </message>
    <message>
        <source>Service type</source>
        <translation>Tipo de servicio</translation>
    </message>
    <message>
        <source>Typical site of service</source>
        <translation>Lugar de servicio habitual</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Entorno</translation>
    </message>
</context>
<context>
    <name>codedesk::ui::DiagnosisListModel</name>
    <message>
        <source>(no description on file)</source>
        <translation>(sin descripción en el archivo)</translation>
    </message>
    <message>
        <source>Primary diagnosis (A)</source>
        <translation>Diagnóstico principal (A)</translation>
    </message>
    <message>
        <source>Diagnosis %1</source>
        <translation>Diagnóstico %1</translation>
    </message>
</context>
<context>
    <name>codedesk::ui::FindingsModel</name>
    <message>
        <source>claim</source>
        <translation>reclamación</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Hallazgo</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
</context>
<context>
    <name>codedesk::ui::FindingsPanel</name>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
</context>
<context>
    <name>codedesk::ui::InstanceChannel</name>
    <message>
        <source>The one-window hand-over is not available: %1</source>
        <translation>El traspaso a una sola ventana no está disponible: %1</translation>
    </message>
    <message>
        <source>The one-window hand-over is not available: cannot listen on %1</source>
        <translation>El traspaso a una sola ventana no está disponible: no se puede escuchar en %1</translation>
    </message>
</context>
<context>
    <name>codedesk::ui::MainWindow</name>
    <message>
        <source>%1 procedures in the library</source>
        <translation>%1 procedimientos en la biblioteca</translation>
    </message>
    <message>
        <source>Select a code on the left to read its reference page.</source>
        <translation>Seleccione un código a la izquierda para leer su página de referencia.</translation>
    </message>
    <message>
        <source>Procedure details</source>
        <translation>Detalles del procedimiento</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New Worksheet</source>
        <translation>&amp;Nueva hoja de trabajo</translation>
    </message>
    <message>
        <source>&amp;Open Worksheet…</source>
        <translation>&amp;Abrir hoja de trabajo…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Guardar co&amp;mo…</translation>
    </message>
    <message>
        <source>&amp;Close Worksheet</source>
        <translation>&amp;Cerrar hoja de trabajo</translation>
    </message>
    <message>
        <source>Export Claim as &amp;CSV…</source>
        <translation>E&amp;xportar reclamación como CSV…</translation>
    </message>
    <message>
        <source>Export Claim as &amp;JSON…</source>
        <translation>Exportar reclamación como &amp;JSON…</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>La impresión falló</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 pages)</source>
        <translation>Se escribió %1 (%2 páginas)</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Vista previa de impresión…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primir…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Exportar P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Import Reports…</source>
        <translation>&amp;Importar informes…</translation>
    </message>
    <message>
        <source>&amp;Remove Imported Report</source>
        <translation>&amp;Quitar informe importado</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Find Code</source>
        <translation>&amp;Buscar código</translation>
    </message>
    <message>
        <source>&amp;Add Code to Worksheet</source>
        <translation>&amp;Añadir código a la hoja de trabajo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Reference Page</source>
        <translation>Página de &amp;referencia</translation>
    </message>
    <message>
        <source>&amp;Next Tab</source>
        <translation>Pestaña &amp;siguiente</translation>
    </message>
    <message>
        <source>&amp;Previous Tab</source>
        <translation>Pestaña a&amp;nterior</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Pantalla completa</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <source>&amp;Code Sets…</source>
        <translation>&amp;Conjuntos de códigos…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;About CodeDesk</source>
        <translation>&amp;Acerca de CodeDesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (solo lectura)</translation>
    </message>
    <message>
        <source>Export Claim as CSV</source>
        <translation>Exportar reclamación como CSV</translation>
    </message>
    <message>
        <source>Export Claim as JSON</source>
        <translation>Exportar reclamación como JSON</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>La exportación falló</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Exportado %1</translation>
    </message>
    <message>
        <source>Code sets updated</source>
        <translation>Conjuntos de códigos actualizados</translation>
    </message>
    <message>
        <source>In the code list	Up/Down move, Enter opens, Escape clears the search</source>
        <translation>En la lista de códigos	Up/Down: mover; Enter: abrir; Escape: borrar la búsqueda</translation>
    </message>
    <message>
        <source>In the claim lines	Enter adds a line, Ctrl+D duplicates, Delete removes, Alt+Up/Down moves</source>
        <translation>En las líneas de reclamación	Enter: añadir línea; Ctrl+D: duplicar; Delete: eliminar; Alt+Up/Down: mover</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>About CodeDesk</source>
        <translation>Acerca de CodeDesk</translation>
    </message>
    <message>
        <source>CodeDesk %1
Procedure code reference and claim worksheet for medical coders.

Every fact shown beside a report names its source and date.</source>
        <translation>CodeDesk %1
Referencia de códigos de procedimiento y hoja de reclamación para codificadores médicos.

Cada dato mostrado junto a un informe indica su fuente y su fecha.</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… y %1 más</translation>
    </message>
    <message>
        <source>Export a claim with errors?</source>
        <translation>¿Exportar una reclamación con errores?</translation>
    </message>
    <message>
        <source>This claim has an error a payer would reject:</source>
        <translation>Esta reclamación tiene un error que un pagador rechazaría:</translation>
    </message>
    <message>
        <source>This claim has %1 errors a payer would reject:</source>
        <translation>Esta reclamación tiene %1 errores que un pagador rechazaría:</translation>
    </message>
    <message>
        <source>Export it anyway?</source>
        <translation>¿Exportarla de todos modos?</translation>
    </message>
    <message>
        <source>Export Anyway</source>
        <translation>Exportar de todos modos</translation>
    </message>
    <message>
        <source>The imported %1 code set (%2, %3 codes) is damaged in the library and cannot be searched. Import it again: Tools &gt; Code Sets.</source>
        <translation>El conjunto de códigos %1 importado (%2, %3 códigos) está dañado en la biblioteca y no se puede buscar. Vuelva a importarlo: Herramientas &gt; Conjuntos de códigos.</translation>
    </message>
    <message>
        <source>No %1 code set is imported yet: Tools &gt; Code Sets imports the official files.</source>
        <translation>Todavía no hay ningún conjunto de códigos %1 importado: Herramientas &gt; Conjuntos de códigos importa los archivos oficiales.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
</context>
<context>
    <name>codedesk::ui::ModifierTableModel</name>
    <message>
        <source>Modifier</source>
        <translation>Modificador</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>When to use</source>
        <translation>Cuándo usarlo</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
</context>
<context>
    <name>codedesk::ui::PageToWorksheet</name>
    <message>
        <source>Modifier %1 was not added: no worksheet is open. Open or start a worksheet, select the claim line the modifier belongs on, then add it.</source>
        <translation>No se añadió el modificador %1: no hay ninguna hoja de trabajo abierta. Abra o cree una hoja de trabajo, seleccione la línea de reclamación a la que corresponde el modificador y añádalo.</translation>
    </message>
    <message>
        <source>%1 was not added: %2 is read-only (%3).</source>
        <translation>No se añadió %1: %2 es de solo lectura (%3).</translation>
    </message>
    <message>
        <source>%1 is already diagnosis %2 on %3.</source>
        <translation>%1 ya es el diagnóstico %2 en %3.</translation>
    </message>
    <message>
        <source>Added diagnosis %1 to %2</source>
        <translation>Se añadió el diagnóstico %1 a %2</translation>
    </message>
    <message>
        <source>Added %1 to %2</source>
        <translation>Se añadió %1 a %2</translation>
    </message>
    <message>
        <source>Modifier %1 was not added: %2 has no claim line yet. Add the procedure&apos;s line first.</source>
        <translation>No se añadió el modificador %1: %2 todavía no tiene ninguna línea de reclamación. Añada primero la línea del procedimiento.</translation>
    </message>
    <message>
        <source>Modifier %1 was not added: Select the claim line in %2 that it belongs on, then add it again.</source>
        <translation>No se añadió el modificador %1: seleccione en %2 la línea de reclamación a la que corresponde y vuelva a añadirlo.</translation>
    </message>
    <message>
        <source>line %1 (%2)</source>
        <translation>línea %1 (%2)</translation>
    </message>
    <message>
        <source>no code</source>
        <translation>sin código</translation>
    </message>
    <message>
        <source>%1 already has modifier %2.</source>
        <translation>%1 ya tiene el modificador %2.</translation>
    </message>
    <message>
        <source>Modifier %1 was not added: %2 already has %3 modifiers (%4), the most a claim line holds.</source>
        <translation>No se añadió el modificador %1: %2 ya tiene %3 modificadores (%4), el máximo que admite una línea de reclamación.</translation>
    </message>
    <message>
        <source>Added modifier %1 to %2</source>
        <translation>Se añadió el modificador %1 a %2</translation>
    </message>
    <message>
        <source>Add to Worksheet</source>
        <translation>Añadir a la hoja de trabajo</translation>
    </message>
</context>
<context>
    <name>codedesk::ui::PrintController</name>
    <message>
        <source>There is nothing to print: open a procedure or a worksheet first.</source>
        <translation>No hay nada que imprimir: abra primero un procedimiento o una hoja de trabajo.</translation>
    </message>
    <message>
        <source>Could not print: %1</source>
        <translation>No se pudo imprimir: %1</translation>
    </message>
    <message>
        <source>Print Preview — %1</source>
        <translation>Vista previa de impresión — %1</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Imprimir %1</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exportar PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>codedesk::ui::ProcedureView</name>
    <message>
        <source>Procedure reference page</source>
        <translation>Página de referencia del procedimiento</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>The report has no summary.</source>
        <translation>El informe no tiene resumen.</translation>
    </message>
    <message>
        <source>Billing code overview</source>
        <translation>Resumen del código de facturación</translation>
    </message>
    <message>
        <source>The report has no billing code overview.</source>
        <translation>El informe no tiene resumen del código de facturación.</translation>
    </message>
    <message>
        <source>Clinical context</source>
        <translation>Contexto clínico</translation>
    </message>
    <message>
        <source>The report has no clinical context.</source>
        <translation>El informe no tiene contexto clínico.</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importado</translation>
    </message>
    <message>
        <source>bundled</source>
        <translation>integrado</translation>
    </message>
    <message>
        <source>Add to Worksheet</source>
        <translation>Añadir a la hoja de trabajo</translation>
    </message>
    <message>
        <source>Add a claim line for this code to the current worksheet (Ctrl+Shift+A)</source>
        <translation>Añadir una línea de reclamación con este código a la hoja de trabajo actual (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>(the report gives no title)</source>
        <translation>(el informe no indica título)</translation>
    </message>
    <message>
        <source>Not in the report</source>
        <translation>No está en el informe</translation>
    </message>
    <message>
        <source>Service type</source>
        <translation>Tipo de servicio</translation>
    </message>
    <message>
        <source>Typical site of service</source>
        <translation>Lugar de servicio habitual</translation>
    </message>
    <message>
        <source>Payers</source>
        <translation>Pagadores</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Missing data: %1</source>
        <translation>Datos que faltan: %1</translation>
    </message>
    <message>
        <source>Modifiers (%1 rows in the report)</source>
        <translation>Modificadores (%1 filas en el informe)</translation>
    </message>
    <message>
        <source>The report lists no modifiers.</source>
        <translation>El informe no enumera modificadores.</translation>
    </message>
    <message>
        <source>Modifier table</source>
        <translation>Tabla de modificadores</translation>
    </message>
    <message>
        <source>Copy Rows</source>
        <translation>Copiar filas</translation>
    </message>
    <message>
        <source>Medicare indicators</source>
        <translation>Indicadores de Medicare</translation>
    </message>
    <message>
        <source>No Medicare indicators on file (%1) for %2.</source>
        <translation>No hay indicadores de Medicare en el archivo (%1) para %2.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Work RVU</source>
        <translation>RVU de trabajo</translation>
    </message>
    <message>
        <source>Facility total</source>
        <translation>Total en centro</translation>
    </message>
    <message>
        <source>Non-facility total</source>
        <translation>Total fuera de centro</translation>
    </message>
    <message>
        <source>Global</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>PC/TC</source>
        <translation>PC/TC</translation>
    </message>
    <message>
        <source>Mult</source>
        <translation>Múlt.</translation>
    </message>
    <message>
        <source>Bilat</source>
        <translation>Bilat.</translation>
    </message>
    <message>
        <source>Asst</source>
        <translation>Ayud.</translation>
    </message>
    <message>
        <source>Co-surg</source>
        <translation>Cocir.</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>global</source>
        <translation>global</translation>
    </message>
    <message>
        <source>Source: %1, %2. Conversion factor %3.</source>
        <translation>Fuente: %1, %2. Factor de conversión %3.</translation>
    </message>
    <message>
        <source>About this report</source>
        <translation>Acerca de este informe</translation>
    </message>
    <message>
        <source>The report parsed without problems.</source>
        <translation>El informe se leyó sin problemas.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <source>Facility payment</source>
        <translation>Pago en centro</translation>
    </message>
    <message>
        <source>Non-facility payment</source>
        <translation>Pago fuera de centro</translation>
    </message>
    <message>
        <source>NA</source>
        <translation>N/A</translation>
    </message>
</context>
<context>
    <name>codedesk::ui::ReferencePane</name>
    <message>
        <source>← Back</source>
        <translation>← Atrás</translation>
    </message>
    <message>
        <source>Back to the previous page (Alt+Left)</source>
        <translation>Volver a la página anterior (Alt+Left)</translation>
    </message>
    <message>
        <source>Forward →</source>
        <translation>Adelante →</translation>
    </message>
    <message>
        <source>Forward (Alt+Right)</source>
        <translation>Adelante (Alt+Right)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Recent Codes</source>
        <translation>Códigos recientes</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>Favoritos</translation>
    </message>
    <message>
        <source>☆ Favourite</source>
        <translation>☆ Favorito</translation>
    </message>
    <message>
        <source>Keep this code among your favourites</source>
        <translation>Guardar este código entre sus favoritos</translation>
    </message>
    <message>
        <source>Add to Worksheet</source>
        <translation>Añadir a la hoja de trabajo</translation>
    </message>
    <message>
        <source>A diagnosis, a claim line or a modifier on the current line, as the code&apos;s kind means</source>
        <translation>Un diagnóstico, una línea de reclamación o un modificador en la línea actual, según el tipo de código</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Comparar…</translation>
    </message>
    <message>
        <source>My note:</source>
        <translation>Mi nota:</translation>
    </message>
    <message>
        <source>A personal note on this code, kept in your library and found by search</source>
        <translation>Una nota personal sobre este código, guardada en su biblioteca y que la búsqueda encuentra</translation>
    </message>
    <message>
        <source>Save Note</source>
        <translation>Guardar nota</translation>
    </message>
    <message>
        <source>No page for %1 in the library</source>
        <translation>No hay ninguna página de %1 en la biblioteca</translation>
    </message>
    <message>
        <source>No codes opened yet</source>
        <translation>Aún no se ha abierto ningún código</translation>
    </message>
    <message>
        <source>No %1 page for %2 in the library</source>
        <translation>No hay ninguna página %1 de %2 en la biblioteca</translation>
    </message>
    <message>
        <source>★ Favourite</source>
        <translation>★ Favorito</translation>
    </message>
    <message>
        <source>My note on %1:</source>
        <translation>Mi nota sobre %1:</translation>
    </message>
    <message>
        <source>No favourites yet: star a page</source>
        <translation>Aún no hay favoritos: marque una página con la estrella</translation>
    </message>
    <message>
        <source>No pages opened yet</source>
        <translation>Aún no se ha abierto ninguna página</translation>
    </message>
    <message>
        <source>%1 is a favourite</source>
        <translation>%1 está en favoritos</translation>
    </message>
    <message>
        <source>%1 is no longer a favourite</source>
        <translation>%1 ya no está en favoritos</translation>
    </message>
    <message>
        <source>The note on %1 could not be saved in the library</source>
        <translation>No se pudo guardar en la biblioteca la nota sobre %1</translation>
    </message>
    <message>
        <source>Saved the note on %1</source>
        <translation>Se guardó la nota sobre %1</translation>
    </message>
    <message>
        <source>Compare takes two to four codes</source>
        <translation>Comparar admite de dos a cuatro códigos</translation>
    </message>
</context>
<context>
    <name>codedesk::ui::ReportImporter</name>
    <message>
        <source>Import Procedure Reports</source>
        <translation>Importar informes de procedimientos</translation>
    </message>
    <message>
        <source>Procedure reports (*.txt *.md);;All files (*)</source>
        <translation>Informes de procedimientos (*.txt *.md);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import Results</source>
        <translation>Resultados de la importación</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Rechazado: %1</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>línea %1</translation>
    </message>
    <message>
        <source>%1 imported, %2 rejected.</source>
        <translation>%1 importados, %2 rechazados.</translation>
    </message>
    <message>
        <source>Remove imported report</source>
        <translation>Quitar informe importado</translation>
    </message>
    <message>
        <source>Remove your imported report for %1 from the library?</source>
        <translation>¿Quitar de la biblioteca su informe importado de %1?</translation>
    </message>
    <message>
        <source>The bundled report for this code will be shown again.</source>
        <translation>Se volverá a mostrar el informe integrado de este código.</translation>
    </message>
    <message>
        <source>Cannot remove report</source>
        <translation>No se puede quitar el informe</translation>
    </message>
    <message>
        <source>Removed the imported report for %1</source>
        <translation>Se quitó el informe importado de %1</translation>
    </message>
    <message>
        <source>a report</source>
        <translation>un informe</translation>
    </message>
</context>
<context>
    <name>codedesk::ui::SearchHitsModel</name>
    <message>
        <source>modifier</source>
        <translation>modificador</translation>
    </message>
    <message>
        <source>place of service</source>
        <translation>lugar de servicio</translation>
    </message>
    <message>
        <source>fee schedule</source>
        <translation>tabla de tarifas</translation>
    </message>
    <message>
        <source>procedure</source>
        <translation>procedimiento</translation>
    </message>
</context>
<context>
    <name>codedesk::ui::WorksheetManager</name>
    <message>
        <source>CodeDesk worksheets (*.codedesk);;All files (*)</source>
        <translation>Hojas de trabajo de CodeDesk (*.codedesk);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (solo lectura)</translation>
    </message>
    <message>
        <source>Cannot open worksheet</source>
        <translation>No se puede abrir la hoja de trabajo</translation>
    </message>
    <message>
        <source>Worksheet opened read-only</source>
        <translation>Hoja de trabajo abierta en solo lectura</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Abierto %1</translation>
    </message>
    <message>
        <source>Open Worksheets</source>
        <translation>Abrir hojas de trabajo</translation>
    </message>
    <message>
        <source>Save Worksheet As</source>
        <translation>Guardar hoja de trabajo como</translation>
    </message>
    <message>
        <source>Cannot save worksheet</source>
        <translation>No se puede guardar la hoja de trabajo</translation>
    </message>
    <message>
        <source>Your changes are still open and were not lost.</source>
        <translation>Sus cambios siguen abiertos y no se han perdido.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Guardado %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved.</source>
        <translation>%1 tiene cambios sin guardar.</translation>
    </message>
    <message>
        <source>Save them before closing?</source>
        <translation>¿Guardarlos antes de cerrar?</translation>
    </message>
    <message>
        <source>Added %1 to %2</source>
        <translation>Se añadió %1 a %2</translation>
    </message>
    <message>
        <source>Recover worksheet</source>
        <translation>Recuperar hoja de trabajo</translation>
    </message>
    <message>
        <source>CodeDesk was closed unexpectedly while %1 had unsaved changes (autosaved %2).</source>
        <translation>CodeDesk se cerró inesperadamente mientras %1 tenía cambios sin guardar (guardado automático %2).</translation>
    </message>
    <message>
        <source>Restore opens the recovered worksheet; Save As writes it to a file; Discard deletes it.</source>
        <translation>Restaurar abre la hoja de trabajo recuperada; Guardar como la escribe en un archivo; Descartar la elimina.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <source>Cannot recover worksheet</source>
        <translation>No se puede recuperar la hoja de trabajo</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Falló el guardado automático: %1</translation>
    </message>
    <message>
        <source>Autosave failed</source>
        <translation>Falló el guardado automático</translation>
    </message>
    <message>
        <source>%1 could not be autosaved for recovery after a crash.</source>
        <translation>No se pudo guardar automáticamente %1 para recuperarlo tras un cierre inesperado.</translation>
    </message>
    <message>
        <source>Your changes are still open. Save the worksheet where there is room.</source>
        <translation>Sus cambios siguen abiertos. Guarde la hoja de trabajo donde haya espacio.</translation>
    </message>
    <message>
        <source>An autosaved worksheet (%1, %2) cannot be recovered: %3.</source>
        <translation>No se puede recuperar una hoja de trabajo guardada automáticamente (%1, %2): %3.</translation>
    </message>
    <message>
        <source>Keep leaves the file where it is (%1); Delete removes it.</source>
        <translation>Conservar deja el archivo donde está (%1); Eliminar lo borra.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
</context>
<context>
    <name>codedesk::ui::WorksheetView</name>
    <message>
        <source>Diagnoses</source>
        <translation>Diagnósticos</translation>
    </message>
    <message>
        <source>Move Diagnosis Up</source>
        <translation>Subir diagnóstico</translation>
    </message>
    <message>
        <source>Move Diagnosis Down</source>
        <translation>Bajar diagnóstico</translation>
    </message>
    <message>
        <source>Remove Diagnosis</source>
        <translation>Quitar diagnóstico</translation>
    </message>
    <message>
        <source>Add diagnosis: code or words, Enter</source>
        <translation>Añadir diagnóstico: código o palabras, Enter</translation>
    </message>
    <message>
        <source>Add diagnosis</source>
        <translation>Añadir diagnóstico</translation>
    </message>
    <message>
        <source>No diagnoses yet: type a code or words in the field below.</source>
        <translation>Aún no hay diagnósticos: escriba un código o palabras en el campo de abajo.</translation>
    </message>
    <message>
        <source>No claim lines yet: press Enter here, or Add Code to Worksheet from a reference page.</source>
        <translation>Aún no hay líneas de reclamación: pulse Enter aquí o use Añadir código a la hoja de trabajo desde una página de referencia.</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Sin hallazgos.</translation>
    </message>
    <message>
        <source>D&amp;iagnoses (A is primary; drag to reorder)</source>
        <translation>&amp;Diagnósticos (A es el principal; arrastre para reordenar)</translation>
    </message>
    <message>
        <source>%1 · total charge %2 · %3, %4</source>
        <translation>%1 · cargo total %2 · %3, %4</translation>
    </message>
    <message>
        <source>1 line</source>
        <translation>1 línea</translation>
    </message>
    <message>
        <source>%1 lines</source>
        <translation>%1 líneas</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 error</translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation>%1 errores</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 advertencia</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation>%1 advertencias</translation>
    </message>
</context>
</TS>
