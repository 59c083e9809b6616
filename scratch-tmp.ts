import ExcelJS from "exceljs";
(async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile("examples/kraeftplan-v.xlsx");
  for (const ws of wb.worksheets) {
    console.log("==", ws.name, ws.dimensions?.toString());
    ws.eachRow((r, i) => { if (i < 30) console.log(i, JSON.stringify(r.values)); });
  }
  const ws = wb.getWorksheet("Initiativer")!;
  // make one amount unreadable and one off the step
  ws.getCell(process.argv[2] ?? "C3").value = "ca. 9";
  if (process.argv[3]) ws.getCell(process.argv[3]).value = 2.05;
  await wb.xlsx.writeFile("/tmp/h10/kp-bad.xlsx");
})();
