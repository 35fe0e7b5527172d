/* v3-twoway.json as a dtle 3.x/4.x HCL job file. */
job "dc1-dc2" {
  group "src" {
    task "src" {
      driver = "dtle"
      config {
        ReplicateDoDb = [{
          TableSchema = "demo"
        }]
        Gtid = "41f102d4-d29f-11e8-8de7-0242ac130002:1-5"
        TwoWaySync = true
        TwoWaySyncGtid = "42158e2f-d29f-11e8-b322-0242ac150002:1-5"
        SrcConnectionConfig = {
          Host = "mysql-dc1"
          Port = 3306
          User = "root"
          Password = "pass"
        }
        DestConnectionConfig = {
          Host = "mysql-dc2"
          Port = 3306
          User = "root"
          Password = "pass"
        }
      }
    }
  }
  group "dest" {
    task "dest" {
      driver = "dtle"
      config {
        DestType = "mysql"
      }
    }
  }
}
