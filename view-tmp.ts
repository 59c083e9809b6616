import ExcelJS from "exceljs";
(async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(process.argv[2]);
  for (const ws of [...wb.worksheets]) {
    if (!ws.name.startsWith(process.argv[4] ?? "Fordeling 2026")) { wb.removeWorksheet(ws.id); continue; }
    ws.pageSetup = { ...ws.pageSetup, orientation: "landscape", paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  }
  await wb.xlsx.writeFile(process.argv[3]);
})();
