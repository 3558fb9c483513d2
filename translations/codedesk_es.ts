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
        <source>Edit %1 on line %2</source>
        <translation>Editar %1 en la línea %2</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>Remove line %1</source>
        <translation>Eliminar línea %1</translation>
    </message>
    <message>
        <source>Move line %1</source>
        <translation>Mover línea %1</translation>
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
        <translation>la hoja aún no tiene nombre de archivo</translation>
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
        <source>Edit diagnosis</source>
        <translation>Editar diagnóstico</translation>
    </message>
    <message>
        <source>Add diagnosis</source>
        <translation>Añadir diagnóstico</translation>
    </message>
    <message>
        <source>Remove diagnosis</source>
        <translation>Quitar diagnóstico</translation>
    </message>
    <message>
        <source>Reorder diagnoses</source>
        <translation>Reordenar diagnósticos</translation>
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
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Place of ser&amp;vice</source>
        <translation>&amp;Lugar de servicio</translation>
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
        <source>No&amp;tes</source>
        <translation>No&amp;tas</translation>
    </message>
    <message>
        <source>Notes for the reviewer</source>
        <translation>Notas para el revisor</translation>
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
        <translation>Cualquier lugar de servicio</translation>
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
        <translation>Importar tarifario…</translation>
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
        <translation>&amp;Nueva hoja</translation>
    </message>
    <message>
        <source>&amp;Open Worksheet…</source>
        <translation>&amp;Abrir hoja…</translation>
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
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>&amp;Close Worksheet</source>
        <translation>&amp;Cerrar hoja</translation>
    </message>
    <message>
        <source>Export Claim as &amp;CSV…</source>
        <translation>Exportar reclamación como &amp;CSV…</translation>
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
        <translation>&amp;Añadir código a la hoja</translation>
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
        <translation>En la lista de códigos	Arriba/Abajo se mueven, Intro abre, Esc borra la búsqueda</translation>
    </message>
    <message>
        <source>In the claim lines	Enter adds a line, Ctrl+D duplicates, Delete removes, Alt+Up/Down moves</source>
        <translation>En las líneas de la reclamación	Intro añade una línea, Ctrl+D duplica, Supr elimina, Alt+Arriba/Abajo mueve</translation>
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
    <name>codedesk::ui::PrintController</name>
    <message>
        <source>There is nothing to print: open a procedure or a worksheet first.</source>
        <translation>No hay nada que imprimir: abra primero un procedimiento o una hoja.</translation>
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
        <translation>incluido</translation>
    </message>
    <message>
        <source>Add to Worksheet</source>
        <translation>Añadir a la hoja</translation>
    </message>
    <message>
        <source>Add a claim line for this code to the current worksheet (Ctrl+Shift+A)</source>
        <translation>Añadir una línea de reclamación con este código a la hoja actual (Ctrl+Mayús+A)</translation>
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
        <source>Rejected: larger than 64 MiB, not a report</source>
        <translation>Rechazado: mayor de 64 MiB, no es un informe</translation>
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
        <translation>Se volverá a mostrar el informe incluido de este código.</translation>
    </message>
    <message>
        <source>Cannot remove report</source>
        <translation>No se puede quitar el informe</translation>
    </message>
    <message>
        <source>Removed the imported report for %1</source>
        <translation>Se quitó el informe importado de %1</translation>
    </message>
</context>
<context>
    <name>codedesk::ui::WorksheetManager</name>
    <message>
        <source>CodeDesk worksheets (*.codedesk);;All files (*)</source>
        <translation>Hojas de CodeDesk (*.codedesk);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (solo lectura)</translation>
    </message>
    <message>
        <source>Cannot open worksheet</source>
        <translation>No se puede abrir la hoja</translation>
    </message>
    <message>
        <source>Worksheet opened read-only</source>
        <translation>Hoja abierta en solo lectura</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Abierto %1</translation>
    </message>
    <message>
        <source>Open Worksheets</source>
        <translation>Abrir hojas</translation>
    </message>
    <message>
        <source>Save Worksheet As</source>
        <translation>Guardar hoja como</translation>
    </message>
    <message>
        <source>Cannot save worksheet</source>
        <translation>No se puede guardar la hoja</translation>
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
        <translation>Recuperar hoja</translation>
    </message>
    <message>
        <source>CodeDesk was closed unexpectedly while %1 had unsaved changes (autosaved %2).</source>
        <translation>CodeDesk se cerró inesperadamente mientras %1 tenía cambios sin guardar (guardado automático %2).</translation>
    </message>
    <message>
        <source>Restore opens the recovered worksheet; Save As writes it to a file; Discard deletes it.</source>
        <translation>Restaurar abre la hoja recuperada; Guardar como la escribe en un archivo; Descartar la elimina.</translation>
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
        <translation>No se puede recuperar la hoja</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>codedesk::ui::WorksheetView</name>
    <message>
        <source>Diagnoses (A is primary; drag to reorder)</source>
        <translation>Diagnósticos (A es el principal; arrastre para reordenar)</translation>
    </message>
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
        <translation>Añadir diagnóstico: código o palabras, Intro</translation>
    </message>
    <message>
        <source>Add diagnosis</source>
        <translation>Añadir diagnóstico</translation>
    </message>
    <message>
        <source>%1 lines · total charge %2 · %3 errors, %4 warnings</source>
        <translation>%1 líneas · cargo total %2 · %3 errores, %4 advertencias</translation>
    </message>
</context>
</TS>
